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
const POSTGRES_STATEMENT_JOB = 'herald-insert-job-notifications';

export interface InsertOptions {
  /**
   * A bulk send's rows: stored only while that job is `in-progress`, and a row whose id or (job,
   * row number) is already stored is skipped instead of failing them all. On PostgreSQL the job's
   * row is locked FOR SHARE until the insert commits, so a cancel (an UPDATE of that row) waits
   * for an insert in flight, and no insert that starts after the cancel stores anything.
   */
  readonly forJob?: string;
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
  private readonly postgresJobText: string;
  private readonly sqliteText: string;
  private readonly sqliteJobText: string;

  constructor(private readonly dataSource: DataSource) {
    const metadata = dataSource.getMetadata(NotificationEntity);
    this.columns = COLUMNS.map(([property]) => metadata.findColumnWithPropertyName(property)!);
    const names = this.columns.map((column) => column.databaseName).join(', ');
    const record = COLUMNS.map(([property, type]) => `"${property}" ${type}`).join(', ');
    const read = COLUMNS.map(([property]) => `"${property}"`).join(', ');
    this.postgresText = `INSERT INTO notifications (${names}) SELECT ${read} FROM json_to_recordset($1::json) AS row(${record})`;
    const running = `SELECT 1 FROM jobs WHERE id = $2 AND status = 'in-progress' FOR SHARE`;
    this.postgresJobText = `${this.postgresText} WHERE EXISTS (${running}) ON CONFLICT DO NOTHING`;
    const placeholders = this.columns.map(() => '?').join(', ');
    this.sqliteText = `INSERT INTO notifications (${names}) VALUES (${placeholders})`;
    this.sqliteJobText = `INSERT OR IGNORE INTO notifications (${names}) SELECT ${placeholders} WHERE EXISTS (SELECT 1 FROM jobs WHERE id = ? AND status = 'in-progress')`;
  }

  async insert(rows: ReadonlyArray<Partial<NotificationEntity>>, options: InsertOptions = {}): Promise<void> {
    if (rows.length === 0) return;
    if (this.dataSource.options.type === 'postgres') await this.insertOnPostgres(rows, options);
    else await this.insertOnSqlite(rows, options);
  }

  private async insertOnPostgres(rows: ReadonlyArray<Partial<NotificationEntity>>, { forJob }: InsertOptions): Promise<void> {
    // The JSON keys are the entity's property names; a Date becomes its ISO text, which timestamptz reads exactly.
    const pool = (this.dataSource.driver as unknown as { master: PgPool }).master;
    const json = JSON.stringify(rows);
    await pool.query(
      forJob === undefined
        ? { name: POSTGRES_STATEMENT, text: this.postgresText, values: [json] }
        : { name: POSTGRES_STATEMENT_JOB, text: this.postgresJobText, values: [json, forJob] },
    );
  }

  private async insertOnSqlite(rows: ReadonlyArray<Partial<NotificationEntity>>, { forJob }: InsertOptions): Promise<void> {
    const text = forJob === undefined ? this.sqliteText : this.sqliteJobText;
    const extra = forJob === undefined ? [] : [forJob];
    const write = async (manager: EntityManager) => {
      for (const row of rows) await manager.query(text, [...this.valuesOf(row), ...extra]);
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
