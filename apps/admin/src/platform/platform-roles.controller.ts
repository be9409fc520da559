import { Body, Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PlatformAdminGuard } from './platform-admin.guard';

/** Platform-wide roles: platform admins and auditors; operators grant and remove the auditor role here. */
@UseGuards(PlatformAdminGuard)
@Controller('platform/roles')
export class PlatformRolesController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('changed') changed?: string, @Query('auditor') auditor?: string) {
    const { users } = await request.apiClient.platform.roles();
    // The banner confirms only what the list shows, so a hand-made address cannot claim a change.
    const granted = auditor === 'on';
    const holds = users.some((u) => u.emailAddress === changed && u.auditor);
    const banner = changed && holds === granted ? { emailAddress: changed, auditor: granted } : null;
    return reply.view('platform/roles.njk', { users, banner, values: {} });
  }

  @Post('auditor')
  async setAuditor(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { emailAddress?: string; auditor?: string }) {
    const emailAddress = (form.emailAddress ?? '').trim();
    try {
      const { user } = await request.apiClient.platform.setAuditor({ emailAddress, auditor: form.auditor === 'on' });
      return reply.redirect(`/platform/roles?changed=${encodeURIComponent(user.emailAddress)}&auditor=${user.auditor ? 'on' : 'off'}`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const { users } = await request.apiClient.platform.roles();
      return reply.code(400).view('platform/roles.njk', { users, banner: null, values: { emailAddress }, errors });
    }
  }
}
