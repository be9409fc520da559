import type { DataSource } from 'typeorm';

interface PgPool {
  query(text: string, values: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}

/**
 * Runs `text` through the pg driver's pool, TypeORM building nothing, for the statements the
 * worker runs for every batch of emails. PostgreSQL only; the rows come back as pg reads them
 * (column names, pg's types).
 *
 * Unnamed on purpose: PostgreSQL plans the statement at each run for the table as it is then. A
 * named (prepared) statement keeps, after five runs, a generic plan made for the table as it was;
 * made while the table was small, that plan reads the whole table for every batch once it has
 * grown, until an ANALYZE happens to replace it (notification-plans.int-spec.ts). Planning a
 * batch costs a fraction of a millisecond.
 */
export async function runPostgresStatement(dataSource: DataSource, text: string, values: unknown[]): Promise<Array<Record<string, unknown>>> {
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  const result = await pool.query(text, values);
  return result.rows;
}
