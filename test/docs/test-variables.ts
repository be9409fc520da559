/**
 * The environment variables the test suites read (libs/config/src/test-settings.ts), for the
 * README's second settings table. Herald itself never reads them. test/docs/readme.spec.ts holds
 * this list to the names and defaults that file reads, so neither can drift from the other.
 */
export const TEST_VARIABLES = {
  TEST_POSTGRES_URL: {
    default: 'postgres://postgres@127.0.0.1:5432/test',
    description:
      'The PostgreSQL server the integration and end-to-end suites use; each Herald under test gets a database of its own (named `herald_test_…`), made from this connection.',
  },
  TEST_REDIS_URL: {
    default: 'redis://127.0.0.1:6379',
    description: 'The Redis the suites use; each test gets a queue prefix of its own, so a shared Redis is fine.',
  },
  FAST_CHECK_SEED: {
    default: '(unset: each generated suite uses its fixed seed)',
    description: 'Replays a generated (fast-check) test run with the seed it printed.',
  },
  HERALD_TEST_RUN: {
    default: 'local',
    description:
      "Names one jest run, so two runs on one machine never share or drop each other's databases. The jest global set-up sets it for every run: leave it unset.",
  },
  JEST_WORKER_ID: {
    default: '1',
    description: 'Which jest worker is running (jest sets it); each worker has its own migrated database to copy from.',
  },
} as const;
