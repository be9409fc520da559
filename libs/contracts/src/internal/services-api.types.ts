/** The internal API's services list area (admin: "Your services" → "Add a new service"). */

export interface NewServiceRequest {
  /** Checked as `herald service create` checks it, and unique whatever the capitalisation. */
  readonly name: string;
}

/** A service just made: always in trial mode. */
export interface CreatedService {
  readonly id: string;
  readonly name: string;
  readonly live: boolean;
}
