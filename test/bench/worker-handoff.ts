import { performance } from 'node:perf_hooks';
import { HeraldConfig } from '@herald/config';
import { createWorkerContext } from '../../apps/worker/src/create-worker-context';
import { BenchDatabase } from './bench-database';
import { BenchQueues } from './bench-queues';
import { BenchTarget } from './bench-target';
import { CountingSmtpServer } from './counting-smtp-server';
import { postNotifications } from './notification-load';
import { waitUntil } from './wait-until';

export interface HandoffPlan {
  readonly emails: number;
  readonly connections: number;
  /** Bound of each wait: filling, delivering, and the database catching up. */
  readonly giveUpAfterMs: number;
  /** The worker's configuration, pointing at the loopback SMTP server. */
  readonly workerConfig: (smtpUrl: string) => HeraldConfig;
}

export interface BacklogFigures {
  readonly seconds: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly storedByStatus: Record<string, number>;
  readonly jobsByState: Record<string, number>;
}

export interface HandoffFigures {
  readonly backlog: BacklogFigures;
  readonly workerConcurrency: number;
  readonly workerBootSeconds: number;
  readonly delivered: number;
  /** From the call that starts the worker to the last message the SMTP server accepted. */
  readonly deliverySeconds: number;
  readonly emailsPerSecond: number;
  /** CPU this process (worker, idle API, SMTP counter) used during the delivery: is it CPU-bound? */
  readonly processCpuSeconds: number;
  readonly allDelivered: boolean;
  readonly storedByStatusAtEnd: Record<string, number>;
  readonly allSending: boolean;
  readonly jobsByStateAtEnd: Record<string, number>;
  readonly smtpPeakConnections: number;
  readonly smtpConnectionsLeftByWorker: number;
}

/** Phase 2: a backlog stored through the API, then one worker draining it into SMTP. */
export async function measureWorkerHandoff(target: BenchTarget, database: BenchDatabase, queues: BenchQueues, plan: HandoffPlan): Promise<HandoffFigures> {
  const backlog = await fillBacklog(target, database, queues, plan);
  console.log(`  stored ${backlog.storedByStatus.created ?? 0} in ${backlog.seconds.toFixed(1)} s; jobs ${JSON.stringify(backlog.jobsByState)}`);
  const smtp = await new CountingSmtpServer().start();
  try {
    return { backlog, ...(await deliverBacklog(smtp, database, queues, plan)) };
  } finally {
    await smtp.stop();
  }
}

async function fillBacklog(target: BenchTarget, database: BenchDatabase, queues: BenchQueues, plan: HandoffPlan): Promise<BacklogFigures> {
  const started = performance.now();
  const deadline = Date.now() + plan.giveUpAfterMs;
  let stored = 0;
  let requests = 0;
  let non2xx = 0;
  // A request that fails stores nothing, so top up; three rounds are plenty for a healthy API.
  for (let round = 0; round < 3 && stored < plan.emails && Date.now() < deadline; round += 1) {
    const missing = plan.emails - stored;
    const load = await postNotifications(target, 'email', {
      connections: Math.min(plan.connections, missing),
      seconds: Math.max(1, Math.ceil((deadline - Date.now()) / 1000)),
      maxRequests: missing,
    });
    requests += load.accepted + load.non2xx;
    non2xx += load.non2xx;
    stored = (await database.notificationStatuses()).created ?? 0;
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, requests, non2xx, storedByStatus: await database.notificationStatuses(), jobsByState: await queues.emailJobCounts() };
}

async function deliverBacklog(smtp: CountingSmtpServer, database: BenchDatabase, queues: BenchQueues, plan: HandoffPlan) {
  const config = plan.workerConfig(smtp.url);
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  const worker = await createWorkerContext(config);
  const workerBootSeconds = (performance.now() - started) / 1000;
  let delivery: DeliveryFigures;
  try {
    delivery = await waitForDelivery(smtp, database, queues, plan, { started, cpuAtStart });
  } finally {
    await worker.close();
  }
  // The worker's SMTP pool should be closed with it; give the sockets a moment to go.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    workerConcurrency: config.worker.concurrency,
    workerBootSeconds,
    ...delivery,
    smtpPeakConnections: smtp.peakConnections,
    smtpConnectionsLeftByWorker: smtp.openConnections,
  };
}

type DeliveryFigures = Omit<HandoffFigures, 'backlog' | 'workerConcurrency' | 'workerBootSeconds' | 'smtpPeakConnections' | 'smtpConnectionsLeftByWorker'>;

async function waitForDelivery(
  smtp: CountingSmtpServer,
  database: BenchDatabase,
  queues: BenchQueues,
  plan: HandoffPlan,
  { started, cpuAtStart }: { started: number; cpuAtStart: NodeJS.CpuUsage },
): Promise<DeliveryFigures> {
  let nextProgress = Date.now() + 5000;
  const progress = () => {
    if (Date.now() < nextProgress) return;
    nextProgress += 5000;
    console.log(`  delivered ${smtp.received}/${plan.emails} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };
  const allDelivered = await waitUntil(() => smtp.received >= plan.emails, { timeoutMs: plan.giveUpAfterMs, intervalMs: 10, onPoll: progress });
  const deliverySeconds = ((allDelivered ? smtp.lastArrival : performance.now()) - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  // The status is written just after the SMTP server accepts, so the last few may lag a moment.
  const allSending = await waitUntil(async () => ((await database.notificationStatuses()).sending ?? 0) >= plan.emails, {
    timeoutMs: 60_000,
    intervalMs: 100,
  });
  return {
    delivered: smtp.received,
    deliverySeconds,
    emailsPerSecond: smtp.received / deliverySeconds,
    processCpuSeconds: (cpu.user + cpu.system) / 1e6,
    allDelivered,
    storedByStatusAtEnd: await database.notificationStatuses(),
    allSending,
    jobsByStateAtEnd: await queues.emailJobCounts(),
  };
}
