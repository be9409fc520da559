/**
 * Where the test suites find the machine's shared PostgreSQL and Redis, and which jest worker is
 * running (each worker gets its own database and queue prefix). Read here because this lib is
 * the only reader of process.env.
 */
/** Every test database's name starts with this; the jest set-up drops the ones left behind. */
export const TEST_DATABASE_PREFIX = 'herald_test_';

export interface TestSettings {
  /** Names this jest run's databases, so two runs on one machine never share or drop each other's. */
  readonly runId: string;
  readonly workerId: string;
  readonly postgresUrl: string;
  readonly redisUrl: string;
  /** Replays a generated test run (FAST_CHECK_SEED); undefined leaves each suite its fixed seed. */
  readonly fastCheckSeed?: number;
}

export function loadTestSettings(source: NodeJS.ProcessEnv = process.env): TestSettings {
  return {
    runId: source.HERALD_TEST_RUN ?? 'local',
    workerId: source.JEST_WORKER_ID ?? '1',
    postgresUrl: source.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: source.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    fastCheckSeed: source.FAST_CHECK_SEED ? Number(source.FAST_CHECK_SEED) : undefined,
  };
}
