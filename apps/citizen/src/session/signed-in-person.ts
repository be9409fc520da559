/** What the session cookie holds: the person's access token, when it expires, and the name to greet them by. */
export interface SignedInPerson {
  readonly accessToken: string;
  /** Milliseconds since the epoch: the session ends with the token. */
  readonly expiresAt: number;
  readonly name: string | null;
}
