/** A person with an account on Herald's admin. */
export interface User {
  readonly id: string;
  readonly emailAddress: string;
  readonly name: string;
  readonly platformAdmin: boolean;
}
