import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { JobRepository } from '@herald/persistence';
import { JobQueue } from '@herald/queue';

const BATCH = 500;

/**
 * Queues again every bulk send that should have started REPLAY_AFTER_SECONDS ago and has not: a
 * scheduled one waits as a delayed job in Redis, which a restart without persistence loses. Safe
 * alongside the job it replaces: the queue's job id is the bulk send's id (a job still waiting
 * makes this a no-op), and the processor starts a bulk send only from `scheduled` or `pending`,
 * each row stored once (unique job id and row number).
 */
@Injectable()
export class ReplayDueJobsService {
  private readonly logger = new Logger(ReplayDueJobsService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly jobs: JobRepository,
    private readonly queue: JobQueue,
  ) {}

  async replay(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.worker.replayAfterSeconds * 1000);
    let total = 0;
    let afterId: string | undefined;
    for (;;) {
      const due = await this.jobs.findNotStartedBefore(before, BATCH, afterId);
      for (const job of due) await this.queue.enqueueJob({ jobId: job.id, serviceId: job.serviceId });
      total += due.length;
      if (due.length < BATCH) break;
      afterId = due[due.length - 1].id;
    }
    if (total) this.logger.log(`Queued ${total} bulk send(s) again`);
    return total;
  }
}
