import { randomBytes } from 'node:crypto';
import { loadTestSettings } from '../../libs/config/src/test-settings';
import { dropTestDatabases } from './test-databases';

/**
 * Names this run (jest workers inherit the variable, and each creates and migrates a database of
 * its own on first use), and drops databases earlier runs left behind. A database another run is
 * still using is left alone, so two runs on one machine do not break each other.
 */
export default async function globalSetup(): Promise<void> {
  process.env.HERALD_TEST_RUN = randomBytes(4).toString('hex');
  await dropTestDatabases(loadTestSettings().postgresUrl, { inUse: 'keep' });
}
