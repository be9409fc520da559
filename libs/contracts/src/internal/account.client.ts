import type { CurrentAccount, ServiceMembership, SignedInSession, SignInChallenge } from './account-api.types';
import type { InternalHttp } from './internal-http';

/** Signing in and out, and what the signed-in user may do. */
export class AccountClient {
  constructor(private readonly http: InternalHttp) {}

  /** A correct password gives a second-factor challenge (an emailed code is sent now). */
  signIn(emailAddress: string, password: string): Promise<SignInChallenge> {
    return this.http.json('POST', 'sign-in', { body: { emailAddress, password } });
  }

  /** The challenge again (to show the code page once more); 401 once it has expired or been used. */
  challenge(challengeToken: string): Promise<SignInChallenge> {
    return this.http.json('POST', 'sign-in/challenge', { body: { challengeToken } });
  }

  /** Emails a new code, in a new challenge (the old one stops working). */
  resendCode(challengeToken: string): Promise<SignInChallenge> {
    return this.http.json('POST', 'sign-in/resend', { body: { challengeToken } });
  }

  /** The second factor's code opens the session. */
  signInWithCode(challengeToken: string, code: string): Promise<SignedInSession> {
    return this.http.json('POST', 'sign-in/code', { body: { challengeToken, code } });
  }

  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return this.http.json('POST', 'account/password', { body: { currentPassword, newPassword } });
  }

  /** Ends every session of the signed-in user, this one included. */
  signOutEverywhere(): Promise<void> {
    return this.http.json('POST', 'account/sign-out-everywhere');
  }

  signOut(): Promise<void> {
    return this.http.json('POST', 'sign-out');
  }

  me(): Promise<CurrentAccount> {
    return this.http.json('GET', 'me');
  }

  membership(serviceId: string): Promise<ServiceMembership> {
    return this.http.json('GET', `services/${encodeURIComponent(serviceId)}/membership`);
  }
}
