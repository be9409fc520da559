import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How the database answered a readiness check: reachable, and every migration this build knows applied. */
export interface DatabaseState {
  readonly database: 'ok' | 'unavailable';
  readonly migrations: 'ok' | 'pending' | 'unknown';
}

/**
 * Health checks read, never write: the applied migrations are read from TypeORM's table, not
 * through its executor (which creates the table when it is missing).
 */
@Injectable()
export class DatabaseReadiness {
  constructor(private readonly dataSource: DataSource) {}

  async answers(): Promise<boolean> {
    return this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }

  async state(): Promise<DatabaseState> {
    const applied = await this.appliedMigrations();
    if (applied === null) return { database: (await this.answers()) ? 'ok' : 'unavailable', migrations: 'unknown' };
    const pending = this.dataSource.migrations.some((migration) => !applied.has(migration.name ?? migration.constructor.name));
    return { database: 'ok', migrations: pending ? 'pending' : 'ok' };
  }

  private async appliedMigrations(): Promise<Set<string> | null> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    try {
      const rows: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM ${table}`);
      return new Set(rows.map((row) => row.name));
    } catch {
      return null;
    }
  }
}
