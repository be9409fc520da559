import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { AcceptInvitationRequest, InternalApiError, InvitationSummary } from '@herald/contracts';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PublicPage } from '../session/public-page.decorator';
import { SignInSession } from '../sign-in/sign-in-session';

interface AcceptForm {
  readonly name?: string;
  readonly password?: string;
  readonly authType?: string;
}

/**
 * The link in an invitation email (`/invitation/<token>`) or printed for a new platform admin
 * (`/set-up/<token>`): a new user chooses a name, password and second factor and goes on to it;
 * an existing user joins with one button.
 */
@Controller()
@PublicPage()
export class InvitationController {
  constructor(private readonly session: SignInSession) {}

  @Get(['invitation/:token', 'set-up/:token'])
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('token') token: string) {
    const summary = await this.summaryOrEnded(request, reply, token);
    if (!summary) return reply;
    return reply.view('accounts/invitation.njk', { summary, action: request.url, values: { name: summary.name ?? '' } });
  }

  @Post(['invitation/:token', 'set-up/:token'])
  async accept(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('token') token: string, @Body() form: AcceptForm) {
    const summary = await this.summaryOrEnded(request, reply, token);
    if (!summary) return reply;
    const body: AcceptInvitationRequest = summary.existingUser
      ? {}
      : { name: form.name ?? '', password: form.password ?? '', authType: form.authType as AcceptInvitationRequest['authType'] };
    try {
      const accepted = await request.apiClient.team.acceptInvitation(token, body);
      const landing = accepted.serviceId ? `/services/${encodeURIComponent(accepted.serviceId)}` : '/services';
      if (accepted.challenge) {
        this.session.rememberChallenge(reply, accepted.challenge);
        return reply.redirect(`/sign-in/code?next=${encodeURIComponent(landing)}`, 303);
      }
      return reply.redirect(request.sessionToken ? landing : `/sign-in?next=${encodeURIComponent(landing)}`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply
        .code(400)
        .view('accounts/invitation.njk', { summary, action: request.url, values: { name: form.name ?? '', authType: form.authType }, errors });
    }
  }

  /** The link's summary, or null after showing why it no longer works (404 unknown, 410 used or expired). */
  private async summaryOrEnded(request: AdminRequest, reply: AdminReply, token: string): Promise<InvitationSummary | null> {
    try {
      return await request.apiClient.team.invitation(token);
    } catch (error) {
      if (!(error instanceof InternalApiError) || (error.status !== 404 && error.status !== 410)) throw error;
      const message = error.status === 410 ? error.problems[0]?.message : 'This link is not valid. Check you copied the whole link from the email.';
      await reply.code(error.status).view('accounts/invitation-ended.njk', { message });
      return null;
    }
  }
}
