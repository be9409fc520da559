import type { AuthenticatorSetUp, EmailChangeSummary, UserProfileView } from './profile-api.types';
import type { InternalHttp } from './internal-http';

/** The signed-in user's profile, and the emailed links about an account (a forgotten password, a new email address). */
export class ProfileClient {
  constructor(private readonly http: InternalHttp) {}

  profile(): Promise<UserProfileView> {
    return this.http.json('GET', 'account/profile');
  }

  changeName(name: string): Promise<void> {
    return this.http.json('POST', 'account/profile/name', { body: { name } });
  }

  /** An empty number removes it. */
  changeMobileNumber(mobileNumber: string): Promise<void> {
    return this.http.json('POST', 'account/profile/mobile-number', { body: { mobileNumber } });
  }

  /** Emails a confirmation link to the new address; the change happens when it is followed. */
  requestEmailChange(emailAddress: string): Promise<void> {
    return this.http.json('POST', 'account/profile/email-address', { body: { emailAddress } });
  }

  /** Security codes by email from now on (an authenticator app is forgotten). */
  useEmailCodes(): Promise<void> {
    return this.http.json('POST', 'account/profile/second-factor/email');
  }

  /** A new authenticator secret to add to the app; nothing changes until its code is confirmed. */
  startAuthenticatorSetUp(): Promise<AuthenticatorSetUp> {
    return this.http.json('POST', 'account/profile/second-factor/authenticator');
  }

  /** The set-up again (to show the page once more); 410 once it has expired or been used. */
  authenticatorSetUp(setUpToken: string): Promise<AuthenticatorSetUp> {
    return this.http.json('POST', 'account/profile/second-factor/authenticator/show', { body: { setUpToken } });
  }

  confirmAuthenticator(setUpToken: string, code: string): Promise<void> {
    return this.http.json('POST', 'account/profile/second-factor/authenticator/confirm', { body: { setUpToken, code } });
  }

  /** Always 204 for a well-formed address, whether or not it has an account. */
  requestPasswordReset(emailAddress: string): Promise<void> {
    return this.http.json('POST', 'account-links/password-reset', { body: { emailAddress } });
  }

  /** 404 for an unknown link, 410 for one used or expired. */
  checkPasswordReset(token: string): Promise<void> {
    return this.http.json('GET', `account-links/password-reset/${encodeURIComponent(token)}`);
  }

  resetPassword(token: string, password: string): Promise<void> {
    return this.http.json('POST', `account-links/password-reset/${encodeURIComponent(token)}`, { body: { password } });
  }

  /** 404 for an unknown link, 410 for one used or expired. */
  emailChange(token: string): Promise<EmailChangeSummary> {
    return this.http.json('GET', `account-links/email-change/${encodeURIComponent(token)}`);
  }

  confirmEmailChange(token: string): Promise<void> {
    return this.http.json('POST', `account-links/email-change/${encodeURIComponent(token)}`);
  }
}
