import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PublicPage } from '../session/public-page.decorator';
import { showEndedLink } from './account-link-ended';

const ASK_AGAIN = { href: '/forgot-password', text: 'Ask for a new link' };

/**
 * A forgotten password: the address is asked for, the same answer comes whether or not it has an
 * account, and the emailed link (`/reset-password/<token>`) leads to choosing a new password.
 * The user then signs in with their security code as usual.
 */
@Controller()
@PublicPage()
export class PasswordResetController {
  @Get('forgot-password')
  form(@Res() reply: AdminReply) {
    return reply.view('accounts/forgot-password.njk', { values: {} });
  }

  @Post('forgot-password')
  async request(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { emailAddress?: string }) {
    try {
      await request.apiClient.profile.requestPasswordReset(form.emailAddress ?? '');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('accounts/forgot-password.njk', { values: { emailAddress: form.emailAddress }, errors });
    }
    return reply.redirect('/forgot-password/check-your-email', 303);
  }

  @Get('forgot-password/check-your-email')
  sent(@Res() reply: AdminReply) {
    return reply.view('accounts/forgot-password-sent.njk', {});
  }

  @Get('reset-password/:token')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('token') token: string) {
    try {
      await request.apiClient.profile.checkPasswordReset(token);
    } catch (error) {
      if (await showEndedLink(reply, error, ASK_AGAIN)) return reply;
      throw error;
    }
    return reply.view('accounts/reset-password.njk', { action: request.url });
  }

  @Post('reset-password/:token')
  async reset(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('token') token: string, @Body() form: { password?: string }) {
    try {
      await request.apiClient.profile.resetPassword(token, form.password ?? '');
    } catch (error) {
      if (await showEndedLink(reply, error, ASK_AGAIN)) return reply;
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('accounts/reset-password.njk', { action: request.url, errors });
    }
    return reply.redirect('/sign-in?done=password-reset', 303);
  }
}
