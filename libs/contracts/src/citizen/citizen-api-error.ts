/** One problem the API reported, in Notify's error format (`{"error", "message"}`). */
export interface CitizenApiProblem {
  readonly error: string;
  readonly message: string;
}

/**
 * A non-2xx answer from `/herald/v1/me`. 401 and 403 mean the person's sign-in is no longer
 * accepted (expired, revoked, or not a person's token): the citizen app signs them in again.
 */
export class CitizenApiError extends Error {
  constructor(
    readonly status: number,
    readonly problems: readonly CitizenApiProblem[],
  ) {
    super(problems.map((p) => p.message).join('; ') || `The API answered ${status}`);
    this.name = 'CitizenApiError';
  }

  /** The API no longer accepts the person's access token. */
  get signInEnded(): boolean {
    return this.status === 401 || this.status === 403;
  }
}
