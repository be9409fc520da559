import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@herald/persistence';
import { aSqliteTestConfig, aTestConfig, anEmptyTestDatabaseUrl, heraldJson, runHeraldCli } from '@herald/testing';
import type { HeraldConfig } from '@herald/config';
import { migrateDatabase } from '../../apps/api/src/bootstrap/migrate-database';

/** Every migration Herald has, by name, oldest first (as TypeORM names them in its `migrations` table). */
async function migrationsIn(
  config: HeraldConfig,
): Promise<{ known: string[]; recorded: () => Promise<string[]>; undoLast: (n: number) => Promise<void>; close: () => Promise<void> }> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  return {
    known: dataSource.migrations.map((m) => m.name ?? m.constructor.name),
    recorded: async () => ((await dataSource.query('SELECT name FROM migrations ORDER BY timestamp')) as Array<{ name: string }>).map((r) => r.name),
    undoLast: async (n) => {
      for (let i = 0; i < n; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    },
    close: () => dataSource.destroy(),
  };
}

describe.each([
  ['SQLite', () => aSqliteTestConfig()],
  ['PostgreSQL', async () => aTestConfig({ DATABASE_URL: await anEmptyTestDatabaseUrl() })],
])('herald migrate on %s (the README: "Running on PostgreSQL" and "Upgrading")', (_db, anEmptyDatabase) => {
  it('applies every migration to an empty database, says how many, and then has nothing left to apply', async () => {
    const config = await anEmptyDatabase();
    const first = await runHeraldCli(config, 'migrate');
    expect(first.code).toBe(0);
    const migrations = await migrationsIn(config);
    try {
      expect(migrations.known.length).toBeGreaterThan(10);
      expect(first.out).toBe(`Applied ${migrations.known.length} migrations: the database is up to date\n`);
      expect(await migrations.recorded()).toEqual([...migrations.known].sort((a, b) => timestampOf(a) - timestampOf(b)));
    } finally {
      await migrations.close();
    }
    expect(await heraldJson(config, 'migrate')).toEqual({ migrated: true, applied: [] });
    expect((await runHeraldCli(config, 'migrate')).out).toBe('The database was already up to date\n');
    // The schema works: a service can be made and listed.
    await heraldJson(config, 'service', 'create', '--name', 'After migrating');
    expect((await heraldJson(config, 'service', 'list')).services).toEqual([expect.objectContaining({ name: 'After migrating' })]);
  });

  it('upgrades a database an older Herald left behind, by the CLI or by the API starting', async () => {
    const config = await anEmptyDatabase();
    await runHeraldCli(config, 'migrate');
    const migrations = await migrationsIn(config);
    try {
      const newest = (await migrations.recorded()).slice(-3);
      // An older Herald: its database lacks the three newest migrations.
      await migrations.undoLast(3);
      expect(await heraldJson(config, 'migrate')).toEqual({ migrated: true, applied: newest });

      await migrations.undoLast(2);
      // The API (and npm start) migrates before it takes requests.
      await migrateDatabase(config);
      expect((await migrations.recorded()).slice(-3)).toEqual(newest);
      expect(await heraldJson(config, 'migrate')).toEqual({ migrated: true, applied: [] });
    } finally {
      await migrations.close();
    }
  });
});

/** TypeORM names a migration `<Name><timestamp>`. */
const timestampOf = (name: string): number => Number(/(\d{13})$/.exec(name)?.[1] ?? NaN);
