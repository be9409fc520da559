/** Who makes a change: a signed-in user of the admin, or the CLI's operator. Its id goes on the audit record. */
export interface Actor {
  readonly id: string;
  readonly name: string;
}
