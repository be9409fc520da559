import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { InternalApiError } from '@herald/contracts';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PublicPage } from '../session/public-page.decorator';
import { SignInSession } from './sign-in-session';

interface SignInForm {
  readonly emailAddress?: string;
  readonly password?: string;
}

/** Sign in with an email address and password; sign out. */
@Controller()
export class SignInController {
  constructor(private readonly session: SignInSession) {}

  @Get('sign-in')
  @PublicPage()
  form(@Res() reply: AdminReply, @Query('next') next?: string, @Query('done') done?: string) {
    return reply.view('sign-in/sign-in.njk', { next: safeReturnPath(next), values: {}, done: SIGN_IN_BANNERS[done ?? ''] ?? null });
  }

  @Post('sign-in')
  @PublicPage()
  async signIn(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: SignInForm & { next?: string }) {
    const next = safeReturnPath(form.next);
    try {
      await this.session.signIn(reply, request.apiClient, form.emailAddress ?? '', form.password ?? '');
    } catch (error) {
      const errors = formErrorsOf(error) ?? lockedErrors(error);
      if (!errors) throw error;
      return reply.code(400).view('sign-in/sign-in.njk', { next, values: { emailAddress: form.emailAddress }, errors });
    }
    return reply.redirect(`/sign-in/code?next=${encodeURIComponent(next)}`, 303);
  }

  @Post('sign-out')
  @PublicPage()
  async signOut(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    await this.session.signOut(reply, request.apiClient, request.sessionToken);
    return reply.redirect('/sign-in?signedOut=1', 303);
  }
}

/** What the sign-in page says after a password reset or an email change (`?done=`). */
const SIGN_IN_BANNERS: Record<string, string> = {
  'password-reset': 'Your password has been changed. Sign in with your new password and your security code.',
  'email-changed': 'Your email address has been changed. Sign in with your new email address.',
};

/** Only paths on this site: never an open redirect. */
export function safeReturnPath(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/services';
}

function lockedErrors(error: unknown) {
  if (!(error instanceof InternalApiError) || error.status !== 423) return null;
  const text = error.problems[0]?.message ?? 'Your account is locked';
  return { list: [{ text, href: '#password' }], byField: { password: { text } } };
}
