import { DataSource } from 'typeorm';

export interface DeleteStatement {
  readonly table: string;
  /** The transaction that ran it. */
  readonly transactionId: string;
  readonly rows: number;
}

/**
 * Watches DELETE statements from inside PostgreSQL: a statement-level trigger on each watched table
 * records how many rows every DELETE removed and in which transaction, whatever code sent it. A test
 * database of its own only: the triggers stay until `stop`. PostgreSQL only.
 */
export class DeleteStatementLog {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly tables: readonly string[],
  ) {}

  static async start(dataSource: DataSource, tables: readonly string[]): Promise<DeleteStatementLog> {
    await dataSource.query(
      `CREATE TABLE IF NOT EXISTS test_delete_statements (
         id bigserial PRIMARY KEY, table_name text NOT NULL, transaction_id bigint NOT NULL, row_count bigint NOT NULL)`,
    );
    await dataSource.query(
      `CREATE OR REPLACE FUNCTION test_record_delete_statement() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO test_delete_statements (table_name, transaction_id, row_count) SELECT TG_TABLE_NAME, txid_current(), count(*) FROM removed;
         RETURN NULL;
       END $$`,
    );
    for (const table of tables) {
      await dataSource.query(
        `CREATE TRIGGER test_delete_statements_${table} AFTER DELETE ON ${table}
         REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION test_record_delete_statement()`,
      );
    }
    return new DeleteStatementLog(dataSource, tables);
  }

  /** Every DELETE on `table` that removed at least one row, in the order they ran. */
  async statements(table: string): Promise<DeleteStatement[]> {
    const rows: Array<{ transaction_id: string; row_count: string }> = await this.dataSource.query(
      'SELECT transaction_id, row_count FROM test_delete_statements WHERE table_name = $1 AND row_count > 0 ORDER BY id',
      [table],
    );
    return rows.map((row) => ({ table, transactionId: String(row.transaction_id), rows: Number(row.row_count) }));
  }

  async stop(): Promise<void> {
    for (const table of this.tables) await this.dataSource.query(`DROP TRIGGER IF EXISTS test_delete_statements_${table} ON ${table}`);
  }
}
