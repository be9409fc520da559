import { Injectable } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { PROCESS_JOB, PROCESS_JOB_RETRY, ProcessJobPayload, QUEUES } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { JobCannotRunError, JobOutcome, JobProcessingService } from './job-processing.service';

/**
 * One bulk send: its rows become notifications (safe to run twice). A scheduled one that is not
 * due goes back to the queue until its time; once no attempt is left, the job ends `failed`.
 */
@Injectable()
@HandlesJob(QUEUES.processJob, PROCESS_JOB, { retry: PROCESS_JOB_RETRY })
export class ProcessJobHandler implements JobHandler<ProcessJobPayload> {
  constructor(private readonly processing: JobProcessingService) {}

  async run(job: Job<ProcessJobPayload>, token: string | undefined): Promise<JobOutcome> {
    const outcome = await this.processing.process(job.data);
    if (typeof outcome === 'object') {
      await job.moveToDelayed(outcome.notBefore.getTime(), token);
      throw new DelayedError();
    }
    return outcome;
  }

  async failed(job: Job<ProcessJobPayload>, error: Error): Promise<void> {
    const reason = givenUpReason(job, error);
    if (reason) await this.processing.giveUp(job.data, reason);
  }
}

/** Why the job ends `failed`, in words for the team; null while BullMQ will try it again. */
export function givenUpReason(job: Pick<Job, 'attemptsMade' | 'opts'>, error: Error): string | null {
  if (error instanceof JobCannotRunError) return error.message;
  if (!(error instanceof UnrecoverableError) && job.attemptsMade < (job.opts.attempts ?? 1)) return null;
  const tries = Math.max(1, job.attemptsMade);
  return `Herald stopped making the messages after ${tries} ${tries === 1 ? 'try' : 'tries'} because of a problem on its side`;
}
