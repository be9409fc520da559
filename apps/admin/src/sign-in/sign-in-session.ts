import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { InternalApiClient, SignInChallenge } from '@herald/contracts';
import { CHALLENGE_COOKIE } from '../accounts/challenge-cookie';
import { AdminReply } from '../session/admin-request';
import { cookieOptions, SESSION_COOKIE } from '../session/session-cookies';

/** Holds the API's session token in the browser's http-only cookie, and lets it go. */
@Injectable()
export class SignInSession {
  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  /** A correct password gives a second-factor challenge, kept in a cookie until the code page. */
  async signIn(reply: AdminReply, client: InternalApiClient, emailAddress: string, password: string): Promise<SignInChallenge> {
    const challenge = await client.account.signIn(emailAddress, password);
    this.rememberChallenge(reply, challenge);
    return challenge;
  }

  rememberChallenge(reply: AdminReply, challenge: SignInChallenge): void {
    const seconds = Math.max(1, Math.floor((Date.parse(challenge.expiresAt) - Date.now()) / 1000));
    reply.setCookie(CHALLENGE_COOKIE, challenge.challengeToken, cookieOptions(this.config.admin.baseUrl, seconds));
  }

  /** The second factor's code opens the session. */
  async completeSignIn(reply: AdminReply, client: InternalApiClient, challengeToken: string, code: string): Promise<void> {
    const session = await client.account.signInWithCode(challengeToken, code);
    this.remember(reply, session.sessionToken, session.expiresAt);
    this.forgetChallenge(reply);
  }

  forgetChallenge(reply: AdminReply): void {
    reply.clearCookie(CHALLENGE_COOKIE, { path: '/' });
  }

  /** Stores a session token the API issued (after sign-in, or after the second factor). */
  remember(reply: AdminReply, sessionToken: string, expiresAt: string): void {
    const seconds = Math.max(1, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
    reply.setCookie(SESSION_COOKIE, sessionToken, cookieOptions(this.config.admin.baseUrl, seconds));
  }

  async signOut(reply: AdminReply, client: InternalApiClient, sessionToken: string | null): Promise<void> {
    // Signing out of an already-ended session is still signing out.
    if (sessionToken) await client.account.signOut().catch(() => undefined);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
