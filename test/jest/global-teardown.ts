import { loadTestSettings } from '../../libs/config/src/test-settings';
import { dropTestDatabases } from './test-databases';

/** Drops this run's databases once every suite has finished. */
export default async function globalTeardown(): Promise<void> {
  const settings = loadTestSettings();
  await dropTestDatabases(settings.postgresUrl, { run: settings.runId });
}
