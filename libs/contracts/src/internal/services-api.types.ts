/** The internal API's services list area (admin: "Your services" → "Add a new service"). */

/** The channels a new service may be given in the admin. */
export type NewServiceChannel = 'email' | 'sms' | 'letter';

export interface NewServiceRequest {
  /** Checked as `herald service create` checks it, and unique whatever the capitalisation. */
  readonly name: string;
  /** The organisation (department) it sends for; blank or left out for none. */
  readonly organisation?: string;
  /** What it may send; left out, email, text messages and letters. An empty list is refused. */
  readonly channels?: readonly NewServiceChannel[];
  /**
   * Platform admins only: the person invited to manage it, with every permission. The creator
   * then does not join its team. Left out or blank, the creator is its first manager.
   */
  readonly managerEmailAddress?: string;
}

/** A service just made: always in trial mode. `invited` names who was invited to manage it, if anyone. */
export interface CreatedService {
  readonly id: string;
  readonly name: string;
  readonly live: boolean;
  readonly invited: string | null;
}

/** What the "Add a new service" form offers: organisations to choose from, and whether it may name another manager. */
export interface NewServiceOptions {
  /** The signed-in user's services' organisations (every organisation, for a platform admin), by name. */
  readonly organisations: readonly string[];
  readonly mayChooseManager: boolean;
}
