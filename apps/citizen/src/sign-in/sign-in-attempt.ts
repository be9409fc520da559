/** A sign-in under way, kept sealed in a short-lived cookie between leaving for the identity service and coming back. */
export interface SignInAttempt {
  readonly codeVerifier: string;
  readonly state: string;
  readonly nonce: string;
  /** The page on this site to open once signed in. */
  readonly next: string;
}

/** How long a person has at the identity service before the attempt lapses. */
export const SIGN_IN_ATTEMPT_SECONDS = 10 * 60;

export function isSignInAttempt(value: unknown): value is SignInAttempt {
  const attempt = value as Partial<SignInAttempt> | null;
  return (
    typeof attempt?.codeVerifier === 'string' && typeof attempt.state === 'string' && typeof attempt.nonce === 'string' && typeof attempt.next === 'string'
  );
}

/** Only paths on this site: never an open redirect. */
export function safeReturnPath(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/messages';
}
