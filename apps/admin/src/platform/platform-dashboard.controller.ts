import { Body, Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PlatformAdminGuard } from './platform-admin.guard';
import { platformFiguresView } from './platform-figures.view';

/** The platform dashboard, its figures alone (for the refresh script) and the SMS provider switches. */
@UseGuards(PlatformAdminGuard)
@Controller('platform')
export class PlatformDashboardController {
  @Get()
  home(@Res() reply: AdminReply) {
    return reply.redirect('/platform/services', 303);
  }

  @Get('dashboard')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('switched') switched?: string, @Query('enabled') enabled?: string) {
    const view = platformFiguresView(await request.apiClient.platform.dashboard());
    const known = switched && view.figures.smsProviders.some((p) => p.name === switched);
    return reply.view('platform/dashboard.njk', { view, switched: known ? { name: switched, enabled: enabled === 'true' } : null });
  }

  /** An HTML fragment: the figures region of the dashboard, swapped in every few seconds. */
  @Get('dashboard/figures')
  async figures(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return reply.view('platform/figures.njk', { view: platformFiguresView(await request.apiClient.platform.dashboard()) });
  }

  @Post('sms-providers/:name/switch')
  async switchSmsProvider(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('name') name: string, @Body() form: { enabled?: string }) {
    const { enabled } = await request.apiClient.platform.switchSmsProvider(name, form.enabled === 'true');
    return reply.redirect(`/platform/dashboard?switched=${encodeURIComponent(name)}&enabled=${enabled}`, 303);
  }
}
