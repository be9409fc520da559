import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { DeliveryJob, QUEUES } from '@herald/queue';
import { LetterPreparationService, PreparationOutcome } from './letter-preparation.service';

/** Renders (or checks) each queued letter; the print batch picks it up later. */
@Processor(QUEUES.sendLetter)
export class SendLetterProcessor extends WorkerHost {
  private readonly logger = new Logger(SendLetterProcessor.name);

  constructor(private readonly preparation: LetterPreparationService) {
    super();
  }

  process(job: Job<DeliveryJob>): Promise<PreparationOutcome> {
    return this.preparation.prepare(job.data);
  }

  /** Retries are BullMQ's; a letter whose attempts run out stays unrendered and the letter sweep queues it again. */
  @OnWorkerEvent('failed')
  onFailed(job: Job<DeliveryJob> | undefined, error: Error): void {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) this.logger.warn(`Letter ${job.data.notificationId} could not be prepared: ${error.message}`);
  }
}
