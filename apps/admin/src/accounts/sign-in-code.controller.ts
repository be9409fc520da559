import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { InternalApiError, SignInChallenge } from '@herald/contracts';
import { formErrorsOf, FormErrors } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PublicPage } from '../session/public-page.decorator';
import { safeReturnPath } from '../sign-in/sign-in.controller';
import { SignInSession } from '../sign-in/sign-in-session';
import { CHALLENGE_COOKIE } from './challenge-cookie';
import { qrCodeSvg } from './qr-code-svg';

/** The second step of signing in: the code from an email or an authenticator app (set up on first sign-in). */
@Controller('sign-in/code')
@PublicPage()
export class SignInCodeController {
  constructor(private readonly session: SignInSession) {}

  @Get()
  async form(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('next') next?: string, @Query('resent') resent?: string) {
    const challenge = await this.openChallenge(request);
    if (!challenge) return reply.redirect('/sign-in', 303);
    return reply.view('accounts/sign-in-code.njk', { ...codePage(challenge, safeReturnPath(next)), resent: resent === '1' });
  }

  @Post()
  async submit(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { code?: string; next?: string }) {
    const next = safeReturnPath(form.next);
    const token = request.cookies[CHALLENGE_COOKIE];
    if (!token) return reply.redirect('/sign-in', 303);
    try {
      await this.session.completeSignIn(reply, request.apiClient, token, form.code ?? '');
    } catch (error) {
      if (error instanceof InternalApiError && (error.status === 401 || error.status === 423)) return this.startAgain(reply, error);
      const errors = formErrorsOf(error);
      const challenge = errors ? await this.openChallenge(request) : null;
      if (!errors || !challenge) throw error;
      return reply.code(400).view('accounts/sign-in-code.njk', { ...codePage(challenge, next), errors });
    }
    return reply.redirect(next, 303);
  }

  @Post('resend')
  async resend(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { next?: string }) {
    const token = request.cookies[CHALLENGE_COOKIE];
    if (!token) return reply.redirect('/sign-in', 303);
    try {
      this.session.rememberChallenge(reply, await request.apiClient.account.resendCode(token));
    } catch (error) {
      if (error instanceof InternalApiError && error.status === 401) return this.startAgain(reply, error);
      throw error;
    }
    return reply.redirect(`/sign-in/code?next=${encodeURIComponent(safeReturnPath(form.next))}&resent=1`, 303);
  }

  private async openChallenge(request: AdminRequest): Promise<SignInChallenge | null> {
    const token = request.cookies[CHALLENGE_COOKIE];
    if (!token) return null;
    try {
      return await request.apiClient.account.challenge(token);
    } catch (error) {
      if (error instanceof InternalApiError && error.status === 401) return null;
      throw error;
    }
  }

  /** The challenge has ended (locked out, or timed out): back to the password, saying why. */
  private startAgain(reply: AdminReply, error: InternalApiError) {
    this.session.forgetChallenge(reply);
    const text = error.status === 423 ? (error.problems[0]?.message ?? 'Your account is locked') : 'Your sign-in timed out. Sign in again.';
    const errors: FormErrors = { list: [{ text, href: '#emailAddress' }], byField: {} };
    return reply.code(error.status === 423 ? 423 : 400).view('sign-in/sign-in.njk', { next: '/services', values: {}, errors });
  }
}

function codePage(challenge: SignInChallenge, next: string) {
  const setup = challenge.totpSetup;
  return {
    next,
    method: challenge.method,
    secret: setup ? setup.secret.replace(/(.{4})/g, '$1 ').trim() : null,
    qrCode: setup ? qrCodeSvg(setup.uri, 'QR code to add Herald to your authenticator app') : null,
  };
}
