import { BenchDatabase } from './bench-database';
import { BenchQueues } from './bench-queues';
import { BenchTarget } from './bench-target';
import { LoadFigures, LoadShape, postEmails } from './email-load';

export interface ApiAcceptFigures {
  readonly load: LoadFigures;
  /** What the run left behind: rows by status, and send-email jobs by state. */
  readonly storedByStatus: Record<string, number>;
  readonly jobsByState: Record<string, number>;
}

/** Phase 1: how many emails a second the API accepts, with no worker draining the queue. */
export async function measureApiAcceptRate(
  target: BenchTarget,
  database: BenchDatabase,
  queues: BenchQueues,
  shape: LoadShape,
): Promise<ApiAcceptFigures> {
  const load = await postEmails(target, shape);
  // Requests still in flight when autocannon stopped finish after it; let them land before counting.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { load, storedByStatus: await database.notificationStatuses(), jobsByState: await queues.emailJobCounts() };
}
