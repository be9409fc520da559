/**
 * Where the test suites find the machine's shared PostgreSQL and Redis, and which jest worker is
 * running (each worker gets its own database and queue prefix). Read here because this lib is
 * the only reader of process.env.
 */
export interface TestSettings {
  readonly workerId: string;
  readonly postgresUrl: string;
  readonly redisUrl: string;
}

export function loadTestSettings(source: NodeJS.ProcessEnv = process.env): TestSettings {
  return {
    workerId: source.JEST_WORKER_ID ?? '1',
    postgresUrl: source.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: source.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}
