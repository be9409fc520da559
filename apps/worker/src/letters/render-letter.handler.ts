import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { DEFAULT_JOB_RETRY, DeliveryJob, QUEUES, RENDER_LETTER_JOB } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { LetterPreparationService, PreparationOutcome } from './letter-preparation.service';

/** Renders (or checks) one queued letter; the print batch picks it up later. */
@Injectable()
@HandlesJob(QUEUES.sendLetter, RENDER_LETTER_JOB, { retry: DEFAULT_JOB_RETRY })
export class RenderLetterHandler implements JobHandler<DeliveryJob> {
  private readonly logger = new Logger(RenderLetterHandler.name);

  constructor(private readonly preparation: LetterPreparationService) {}

  run(job: Job<DeliveryJob>): Promise<PreparationOutcome> {
    return this.preparation.prepare(job.data);
  }

  /** A letter whose attempts run out stays unrendered, and the letter sweep queues it again. */
  failed(job: Job<DeliveryJob>, error: Error): void {
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) this.logger.warn(`Letter ${job.data.notificationId} could not be prepared: ${error.message}`);
  }
}
