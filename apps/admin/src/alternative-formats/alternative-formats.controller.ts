import { Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { PlatformAdminGuard } from '../platform/platform-admin.guard';
import { AdminReply, AdminRequest } from '../session/admin-request';

const FORMATS: Record<string, string> = { braille: 'Braille', audio: 'Audio', easy_read: 'Easy read', large_print: 'Large print', standard: 'Standard print' };

/** Operators' queue of letters to produce in braille, audio or easy read (R-LF-5). */
@UseGuards(PlatformAdminGuard)
@Controller('platform/alternative-formats')
export class AlternativeFormatsController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('done') done?: string) {
    const { alternative_formats: items } = await request.apiClient.alternativeFormats.open();
    return reply.view('platform/alternative-formats.njk', {
      items: items.map((i) => ({ ...i, formatText: FORMATS[i.format] ?? i.format })),
      done: done === 'yes',
    });
  }

  /** Records the signed-in operator as the one who produced it; the attempt becomes delivered. */
  @Post(':notificationId/done')
  async markDone(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('notificationId') notificationId: string) {
    await request.apiClient.alternativeFormats.markDone(notificationId);
    return reply.redirect('/platform/alternative-formats?done=yes', 303);
  }
}
