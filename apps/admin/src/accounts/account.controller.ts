import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { SESSION_COOKIE } from '../session/session-cookies';

/** Your account: change your password, sign out everywhere. */
@Controller('account')
export class AccountController {
  @Get()
  show(@Res() reply: AdminReply, @Query('passwordChanged') passwordChanged?: string) {
    return reply.view('accounts/account.njk', { passwordChanged: passwordChanged === '1' });
  }

  @Post('password')
  async changePassword(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { currentPassword?: string; newPassword?: string }) {
    try {
      await request.apiClient.account.changePassword(form.currentPassword ?? '', form.newPassword ?? '');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('accounts/account.njk', { errors });
    }
    return reply.redirect('/account?passwordChanged=1', 303);
  }

  @Post('sign-out-everywhere')
  async signOutEverywhere(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    await request.apiClient.account.signOutEverywhere();
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in?signedOut=1', 303);
  }
}
