import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { CitizenReply, CitizenRequest } from '../session/citizen-request';
import { SealedCookies } from '../session/sealed-cookies';
import { cookieOptions, SIGN_IN_COOKIE } from '../session/session-cookies';
import { isSignInAttempt, SIGN_IN_ATTEMPT_SECONDS, type SignInAttempt } from './sign-in-attempt';

/** Keeps the sign-in under way in this browser (sealed, 10 minutes), and gives it back once: a callback can use it only one time. */
@Injectable()
export class SignInAttemptCookie {
  private readonly sealed: SealedCookies;
  private readonly baseUrl: string;

  constructor(@InjectConfig() config: HeraldConfig) {
    this.sealed = new SealedCookies(config.encryptionKey);
    this.baseUrl = config.citizen.baseUrl;
  }

  remember(reply: CitizenReply, attempt: SignInAttempt): void {
    reply.setCookie(SIGN_IN_COOKIE, this.sealed.seal(SIGN_IN_COOKIE, attempt), cookieOptions(this.baseUrl, SIGN_IN_ATTEMPT_SECONDS));
  }

  take(request: CitizenRequest, reply: CitizenReply): SignInAttempt | null {
    const attempt = this.sealed.open(SIGN_IN_COOKIE, request.cookies[SIGN_IN_COOKIE]);
    reply.clearCookie(SIGN_IN_COOKIE, cookieOptions(this.baseUrl));
    return isSignInAttempt(attempt) ? attempt : null;
  }
}
