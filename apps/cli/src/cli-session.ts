import type { HeraldConfig } from '@herald/config';
import { Actor, ChangeRefusedError, OpenedAdministration, openAdministration } from '@herald/administration';
import { InvalidFieldsError, NotFoundError } from '@herald/domain';
import { CliError } from './cli-error';

/** What a field of the shared checks is called on the command line, for their messages. */
const OPTION_OF_FIELD: ReadonlyArray<[RegExp, string]> = [
  [/^name$/, '--name'],
  [/^subject$/, '--subject'],
  [/^content$/, '--content-file'],
  [/^postage$/, '--postage'],
  [/^(type|key_type)$/, '--type'],
  [/^email_address$/, '--email'],
  [/^sms_sender$/, '--sender'],
  [/^inbound_number$/, '--inbound-number'],
  [/^url$/, '--url'],
  [/^bearer_token$/, '--token'],
  [/^(email_address|phone_number)_\d+$/, '--recipient'],
  [/^letter_contact_block$/, '--letter-contact-file'],
  [/^mobile_number$/, '--mobile'],
  [/^from$/, '--from'],
];

/**
 * One command's database, through the application services the admin's API uses too (the same
 * checks, the same audit records). No Nest application; Redis only to announce a change to the
 * settings the API processes keep in memory.
 */
export class CliSession {
  private constructor(
    readonly config: HeraldConfig,
    readonly administration: OpenedAdministration,
  ) {}

  static async open(config: HeraldConfig): Promise<CliSession> {
    return new CliSession(config, await openAdministration(config));
  }

  /** Who a write is done as: the user given with --created-by, or the CLI operator (CLI_OPERATOR_EMAIL). */
  actor(userId?: string): Promise<Actor> {
    return userId !== undefined ? this.administration.users.find(userId) : this.administration.users.operator();
  }

  close(): Promise<void> {
    return this.administration.close();
  }
}

/** Opens a session for one command's work and closes it; the shared checks' refusals become CLI errors naming the option. */
export async function runInSession(config: HeraldConfig, work: (session: CliSession) => Promise<void>): Promise<void> {
  const session = await CliSession.open(config);
  try {
    await work(session);
  } catch (error) {
    throw asCliError(error);
  } finally {
    await session.close();
  }
}

function asCliError(error: unknown): unknown {
  if (error instanceof NotFoundError) return new CliError('not_found', error.message);
  if (error instanceof ChangeRefusedError) return new CliError('invalid', error.message);
  if (!(error instanceof InvalidFieldsError)) return error;
  const messages = error.problems.map((p) => {
    const option = OPTION_OF_FIELD.find(([field]) => field.test(p.field))?.[1];
    return option ? `${option}: ${p.message}` : p.message;
  });
  return new CliError('invalid', messages.join('; '));
}
