import { randomBytes } from 'node:crypto';
import { loadTestSettings } from '../../libs/config/src/test-settings';
import { dropTestDatabases, testRunId } from './test-databases';

/**
 * Names this run (jest workers inherit the variable: each migrates a database of its own on first
 * use, and gives each suite it runs a copy of it), and drops databases that runs more than a few
 * hours old left behind (a run that was killed skips its teardown). Newer ones may belong to a run
 * still going on this machine: a database is idle between two suites, so "no connections" does
 * not mean "finished".
 */
export default async function globalSetup(): Promise<void> {
  process.env.HERALD_TEST_RUN = testRunId(new Date(), randomBytes(3).toString('hex'));
  await dropTestDatabases(loadTestSettings().postgresUrl, { olderThanHours: 3 });
}
