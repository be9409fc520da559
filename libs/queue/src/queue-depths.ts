import type { Job, Queue } from 'bullmq';

/** One queue's backlog, for operators. */
export interface QueueDepth {
  readonly name: string;
  /** Ready to run: waiting plus prioritized (bulk sends run at a lower priority). */
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
  /** When the oldest ready job became ready (created, or due after its delay); null when none waits. */
  readonly oldestWaitingSince: Date | null;
}

const readySince = (job: Job | undefined): number | null => (job ? job.timestamp + (job.delay ?? 0) : null);

/**
 * Reads the depth of every queue in the registry with BullMQ's own counters. The oldest ready job
 * is the tail of the wait list (jobs are pushed at its head) or the head of the prioritized set
 * (ordered by priority, then arrival): two reads a queue however long the backlog is.
 */
export class QueueDepths {
  constructor(private readonly queues: readonly Queue[]) {}

  async read(): Promise<QueueDepth[]> {
    return Promise.all(this.queues.map((queue) => this.depthOf(queue)));
  }

  private async depthOf(queue: Queue): Promise<QueueDepth> {
    const [counts, [oldestWaiting], [firstPrioritized]] = await Promise.all([
      queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed'),
      queue.getJobs(['wait'], 0, 0, true),
      queue.getJobs(['prioritized'], 0, 0, true),
    ]);
    const times = [readySince(oldestWaiting), readySince(firstPrioritized)].filter((t): t is number => t !== null);
    return {
      name: queue.name,
      waiting: (counts.wait ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      oldestWaitingSince: times.length ? new Date(Math.min(...times)) : null,
    };
  }
}
