import type { DataSource } from 'typeorm';

/** A fixed SQL text and the name the pg driver prepares it under. */
export interface PostgresStatement {
  readonly name: string;
  readonly text: string;
}

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
}

/**
 * Runs `statement` through the pg driver's pool as a named statement: PostgreSQL parses and plans
 * it once per connection, and TypeORM builds nothing, for the statements the worker runs for every
 * email. PostgreSQL only; the rows come back as pg reads them (column names, pg's types).
 */
export async function runPostgresStatement(dataSource: DataSource, statement: PostgresStatement, values: unknown[]): Promise<Array<Record<string, unknown>>> {
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  const result = await pool.query({ name: statement.name, text: statement.text, values });
  return result.rows;
}
