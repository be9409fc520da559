import { BenchDatabase } from './bench-database';
import { BenchQueues } from './bench-queues';
import { BenchTarget } from './bench-target';
import { BenchChannel } from './bench-channel';
import { LoadFigures, LoadShape, postNotifications } from './notification-load';

export interface ApiAcceptFigures {
  readonly channel: BenchChannel;
  readonly load: LoadFigures;
  /** What the run left behind: rows by status, and send-email jobs by state. */
  readonly storedByStatus: Record<string, number>;
  readonly jobsByState: Record<string, number>;
}

/** How many notifications of one channel a second the API accepts, with no worker draining the queue. */
export async function measureApiAcceptRate(
  target: BenchTarget,
  channel: BenchChannel,
  database: BenchDatabase,
  queues: BenchQueues,
  shape: LoadShape,
): Promise<ApiAcceptFigures> {
  const load = await postNotifications(target, channel, shape);
  // Requests still in flight when autocannon stopped finish after it; let them land before counting.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { channel, load, storedByStatus: await database.notificationStatuses(), jobsByState: await queues.jobCounts(channel) };
}
