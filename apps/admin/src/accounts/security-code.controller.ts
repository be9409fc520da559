import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { AuthenticatorSetUp, InternalApiError } from '@herald/contracts';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { formErrors, formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { cookieOptions } from '../session/session-cookies';
import { qrCodeSvg } from './qr-code-svg';

/** Holds the authenticator app being set up between its page and its confirmation (http-only, 15 minutes). */
const SET_UP_COOKIE = 'herald_authenticator_set_up';

/**
 * How you get your security code: by email (at once), or from an authenticator app (set up with a
 * QR code, and only in use once its first code is confirmed).
 */
@Controller('profile/security-code')
export class SecurityCodeController {
  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  @Get()
  async form(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    const profile = await request.apiClient.profile.profile();
    return reply.view('accounts/profile-security-code.njk', { current: profile.secondFactor });
  }

  @Post()
  async choose(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { method?: string }) {
    if (form.method === 'email') {
      await request.apiClient.profile.useEmailCodes();
      return reply.redirect('/profile?done=security-code', 303);
    }
    if (form.method !== 'totp') {
      const errors = formErrors([{ field: 'method', message: 'Choose how you want to get your security code' }]);
      const profile = await request.apiClient.profile.profile();
      return reply.code(400).view('accounts/profile-security-code.njk', { current: profile.secondFactor, errors });
    }
    const setUp = await request.apiClient.profile.startAuthenticatorSetUp();
    const seconds = Math.max(1, Math.floor((Date.parse(setUp.expiresAt) - Date.now()) / 1000));
    reply.setCookie(SET_UP_COOKIE, setUp.setUpToken, cookieOptions(this.config.admin.baseUrl, seconds));
    return reply.redirect('/profile/security-code/authenticator', 303);
  }

  @Get('authenticator')
  async setUpPage(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    const setUp = await this.openSetUp(request);
    if (!setUp) return reply.redirect('/profile/security-code', 303);
    return reply.view('accounts/profile-authenticator.njk', setUpPage(setUp));
  }

  @Post('authenticator')
  async confirm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { code?: string }) {
    const token = request.cookies[SET_UP_COOKIE] ?? '';
    try {
      await request.apiClient.profile.confirmAuthenticator(token, form.code ?? '');
    } catch (error) {
      const errors = formErrorsOf(error);
      const setUp = errors ? await this.openSetUp(request) : null;
      if (error instanceof InternalApiError && error.status === 410) return reply.redirect('/profile/security-code', 303);
      if (!errors || !setUp) throw error;
      return reply.code(400).view('accounts/profile-authenticator.njk', { ...setUpPage(setUp), errors });
    }
    reply.clearCookie(SET_UP_COOKIE, { path: '/' });
    return reply.redirect('/profile?done=security-code', 303);
  }

  /** The set-up in progress, or null when there is none (never started, confirmed, or timed out). */
  private async openSetUp(request: AdminRequest): Promise<AuthenticatorSetUp | null> {
    const token = request.cookies[SET_UP_COOKIE];
    if (!token) return null;
    try {
      return await request.apiClient.profile.authenticatorSetUp(token);
    } catch (error) {
      if (error instanceof InternalApiError && error.status === 410) return null;
      throw error;
    }
  }
}

function setUpPage(setUp: AuthenticatorSetUp) {
  return {
    secret: setUp.secret.replace(/(.{4})/g, '$1 ').trim(),
    qrCode: qrCodeSvg(setUp.uri, 'QR code to add Herald to your authenticator app'),
  };
}
