/** An address a service's emails ask replies to go to; one is the default. */
export interface EmailReplyTo {
  readonly id: string;
  readonly emailAddress: string;
  readonly isDefault: boolean;
}
