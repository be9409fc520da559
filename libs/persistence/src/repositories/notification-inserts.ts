import type { DataSource, EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { NotificationEntity } from '../entities/notification.entity';

/** The columns a new notification fills (notificationRow); the others start null. PostgreSQL's type for each, to read its JSON. */
const COLUMNS: ReadonlyArray<readonly [keyof NotificationEntity, string]> = [
  ['id', 'varchar'],
  ['serviceId', 'varchar'],
  ['templateId', 'varchar'],
  ['templateVersion', 'int4'],
  ['apiKeyId', 'varchar'],
  ['keyType', 'varchar'],
  ['notificationType', 'varchar'],
  ['recipient', 'text'],
  ['recipientHash', 'varchar'],
  ['personalisation', 'text'],
  ['clientReference', 'varchar'],
  ['status', 'varchar'],
  ['replyTo', 'varchar'],
  ['oneClickUnsubscribeUrl', 'text'],
  ['billableUnits', 'int4'],
  ['smsSender', 'varchar'],
  ['international', 'bool'],
  ['phonePrefix', 'varchar'],
  ['rateMultiplier', 'float8'],
  ['jobId', 'varchar'],
  ['jobRowNumber', 'int4'],
  ['postage', 'varchar'],
  ['letterReference', 'varchar'],
  ['messageId', 'varchar'],
  ['letterFormat', 'varchar'],
  ['createdById', 'varchar'],
  ['createdAt', 'timestamptz'],
];

/** One statement for any number of rows, its text never built again: pg prepares it once per connection. */
const POSTGRES_STATEMENT = 'herald-insert-notifications';
const POSTGRES_STATEMENT_IGNORING = 'herald-insert-notifications-ignoring-duplicates';

export interface InsertOptions {
  /** Skips a row whose id or (job, row number) is already stored, instead of failing them all. */
  readonly ignoreDuplicates?: boolean;
}

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<unknown>;
}

/**
 * New notifications written with one fixed SQL text, prepared once per connection and never
 * built again. On PostgreSQL, any number of rows in one statement, through the pg driver's named
 * statements: the rows travel as one JSON parameter, read back with json_to_recordset (one
 * JSON.stringify is much cheaper than escaping a value per column per row). On SQLite, one
 * prepared row statement, run for each row in one transaction, with the values converted by
 * TypeORM's driver as its own inserts convert them.
 */
export class NotificationInserts {
  private readonly columns: ColumnMetadata[];
  private readonly postgresText: string;
  private readonly postgresIgnoringText: string;
  private readonly sqliteText: string;
  private readonly sqliteIgnoringText: string;

  constructor(private readonly dataSource: DataSource) {
    const metadata = dataSource.getMetadata(NotificationEntity);
    this.columns = COLUMNS.map(([property]) => metadata.findColumnWithPropertyName(property)!);
    const names = this.columns.map((column) => column.databaseName).join(', ');
    const record = COLUMNS.map(([property, type]) => `"${property}" ${type}`).join(', ');
    const read = COLUMNS.map(([property]) => `"${property}"`).join(', ');
    this.postgresText = `INSERT INTO notifications (${names}) SELECT ${read} FROM json_to_recordset($1::json) AS row(${record})`;
    this.postgresIgnoringText = `${this.postgresText} ON CONFLICT DO NOTHING`;
    const values = `(${names}) VALUES (${this.columns.map(() => '?').join(', ')})`;
    this.sqliteText = `INSERT INTO notifications ${values}`;
    this.sqliteIgnoringText = `INSERT OR IGNORE INTO notifications ${values}`;
  }

  async insert(rows: ReadonlyArray<Partial<NotificationEntity>>, options: InsertOptions = {}): Promise<void> {
    if (rows.length === 0) return;
    if (this.dataSource.options.type === 'postgres') await this.insertOnPostgres(rows, options);
    else await this.insertOnSqlite(rows, options);
  }

  private async insertOnPostgres(rows: ReadonlyArray<Partial<NotificationEntity>>, { ignoreDuplicates }: InsertOptions): Promise<void> {
    // The JSON keys are the entity's property names; a Date becomes its ISO text, which timestamptz reads exactly.
    const pool = (this.dataSource.driver as unknown as { master: PgPool }).master;
    const statement = ignoreDuplicates
      ? { name: POSTGRES_STATEMENT_IGNORING, text: this.postgresIgnoringText }
      : { name: POSTGRES_STATEMENT, text: this.postgresText };
    await pool.query({ ...statement, values: [JSON.stringify(rows)] });
  }

  private async insertOnSqlite(rows: ReadonlyArray<Partial<NotificationEntity>>, { ignoreDuplicates }: InsertOptions): Promise<void> {
    const text = ignoreDuplicates ? this.sqliteIgnoringText : this.sqliteText;
    const write = async (manager: EntityManager) => {
      for (const row of rows) await manager.query(text, this.valuesOf(row));
    };
    // Several rows in one transaction: one commit (and one sync to disk) for them all.
    if (rows.length === 1) await write(this.dataSource.manager);
    else await this.dataSource.transaction(write);
  }

  private valuesOf(row: Partial<NotificationEntity>): unknown[] {
    return this.columns.map((column) => this.prepared(row, column));
  }

  private prepared(row: Partial<NotificationEntity>, column: ColumnMetadata): unknown {
    const value = row[column.propertyName as keyof NotificationEntity];
    return value === undefined ? null : this.dataSource.driver.preparePersistentValue(value, column);
  }
}
