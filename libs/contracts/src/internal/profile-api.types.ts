/** The signed-in user's own details, as their profile page shows them. */
export interface UserProfileView {
  readonly name: string;
  readonly emailAddress: string;
  readonly mobileNumber: string | null;
  /** How they get their security code: by email, or from an authenticator app. */
  readonly secondFactor: 'email' | 'totp';
}

/** A new authenticator app being set up: confirmed by its first code (`confirmAuthenticator`). */
export interface AuthenticatorSetUp {
  readonly setUpToken: string;
  readonly expiresAt: string;
  readonly secret: string;
  /** The otpauth:// URI a QR code carries. */
  readonly uri: string;
}

/** What an email-change link would do, shown before it is confirmed. */
export interface EmailChangeSummary {
  readonly newEmailAddress: string;
}
