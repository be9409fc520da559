import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { InternalApiError } from '@herald/contracts';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PublicPage } from '../session/public-page.decorator';
import { showEndedLink } from './account-link-ended';

const CHANGE_AGAIN = { href: '/profile/email-address', text: 'Change your email address again' };

/**
 * The link sent to a new email address. Opening it changes nothing (mail scanners open links);
 * the button does. It works whether or not this browser is signed in: the link is the proof.
 */
@Controller('profile/email-address/confirm')
@PublicPage()
export class EmailChangeLinkController {
  @Get(':token')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('token') token: string) {
    try {
      const summary = await request.apiClient.profile.emailChange(token);
      return await reply.view('accounts/confirm-email-address.njk', { summary, action: request.url });
    } catch (error) {
      if (await showEndedLink(reply, error, CHANGE_AGAIN)) return reply;
      throw error;
    }
  }

  @Post(':token')
  async confirm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('token') token: string) {
    try {
      await request.apiClient.profile.confirmEmailChange(token);
    } catch (error) {
      if (await showEndedLink(reply, error, CHANGE_AGAIN)) return reply;
      if (!(error instanceof InternalApiError) || error.status !== 409) throw error;
      await reply.code(409).view('accounts/invitation-ended.njk', { message: error.problems[0]?.message, retry: CHANGE_AGAIN });
      return reply;
    }
    return reply.redirect(request.sessionToken ? '/profile?done=email-changed' : '/sign-in?done=email-changed', 303);
  }
}
