/**
 * The codes of `{"error": {"code", "message"}}` (with --json). Every error exits 1.
 * - usage: the command line itself is wrong (unknown command or option, missing option, bad choice)
 * - invalid: a value was refused by Herald's checks (the same as the admin's)
 * - not_found: a service, template, user or provider that does not exist
 * - refused: not allowed here (e.g. `inbound-sms receive` with NODE_ENV=production)
 * - internal: anything unexpected (the database is unreachable, a bug)
 */
export type CliErrorCode = 'usage' | 'invalid' | 'not_found' | 'refused' | 'internal';

/** A mistake the operator can fix: printed without a stack trace, exit code 1. */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
  }
}
