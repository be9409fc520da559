import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { HeraldConfig } from '@herald/config';
import { NotifyError } from '@herald/domain';
import { AuditRepository, dataSourceOptions, FieldCipher, NewAuditEvent, runMigrations, User, UserRepository } from '@herald/persistence';
import { CliError } from './cli-error';
import { requireFound } from './cli-output';

/** The operator the CLI acts as: made on first use, with no password, so it can never sign in. */
export const CLI_OPERATOR_NAME = 'Herald CLI';

/** What a form field of the admin is called on the command line, for the shared checks' messages. */
const OPTION_OF_FIELD: ReadonlyArray<[RegExp, string]> = [
  [/^name$/, '--name'], [/^subject$/, '--subject'], [/^content$/, '--content-file'], [/^postage$/, '--postage'], [/^(type|key_type)$/, '--type'],
  [/^email_address$/, '--email'], [/^sms_sender$/, '--sender'], [/^url$/, '--url'], [/^bearer_token$/, '--token'], [/^(email_address|phone_number)_\d+$/, '--recipient'],
  [/^contact_block$/, '--letter-contact-file'],
];

/**
 * One command's database: a plain TypeORM DataSource (migrated, so a fresh installation works) and
 * the repositories the command makes by hand. No Nest application, no Redis.
 */
export class CliSession {
  private constructor(readonly config: HeraldConfig, readonly dataSource: DataSource, readonly cipher: FieldCipher) {}

  static async open(config: HeraldConfig): Promise<CliSession> {
    const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    try {
      await runMigrations(dataSource);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
    return new CliSession(config, dataSource, new FieldCipher(config.encryptionKey));
  }

  repository<T>(Repository: new (dataSource: DataSource, cipher: FieldCipher) => T): T {
    return new Repository(this.dataSource, this.cipher);
  }

  /** Who a write is done as: the user given with --created-by, or the CLI operator (CLI_OPERATOR_EMAIL). */
  async actor(userId?: string): Promise<User> {
    const users = this.repository(UserRepository);
    if (userId !== undefined) return requireFound(await users.findById(userId), `User ${userId}`);
    const email = this.config.cliOperatorEmail.toLowerCase();
    const existing = await users.findByEmail(email);
    if (existing) return existing;
    try {
      return await users.create({ emailAddress: email, name: CLI_OPERATOR_NAME, platformAdmin: false });
    } catch (error) {
      // Another command made it at the same moment (the email address is unique).
      const madeMeanwhile = await users.findByEmail(email);
      if (madeMeanwhile) return madeMeanwhile;
      throw error;
    }
  }

  /** The same audit record the admin's internal API leaves for the same change. */
  audit(event: NewAuditEvent): Promise<void> {
    return this.repository(AuditRepository).record(event);
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }
}

/** Opens a session for one command's work and closes it; the shared checks' errors become CLI errors naming the option. */
export async function runInSession(config: HeraldConfig, work: (session: CliSession) => Promise<void>): Promise<void> {
  const session = await CliSession.open(config);
  try {
    await work(session);
  } catch (error) {
    throw error instanceof NotifyError ? asCliError(error) : error;
  } finally {
    await session.close();
  }
}

function asCliError(error: NotifyError): CliError {
  if (error.statusCode === 404) return new CliError('not_found', error.message);
  const messages = error.errors.map((e) => {
    const option = OPTION_OF_FIELD.find(([field]) => field.test(String(e.field ?? '')))?.[1];
    return option ? `${option}: ${e.message}` : e.message;
  });
  return new CliError('invalid', messages.join('; '));
}
