import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { ProviderError } from '@herald/domain';
import { DeliveryJob, QUEUES } from '@herald/queue';
import { DeliveryOutcome, EmailDeliveryService } from './email-delivery.service';

@Processor(QUEUES.sendEmail)
export class SendEmailProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(@InjectConfig() private readonly config: HeraldConfig, private readonly delivery: EmailDeliveryService) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: Job<DeliveryJob>): Promise<DeliveryOutcome> {
    try {
      return await this.delivery.deliver(job.data);
    } catch (error) {
      // A permanent refusal is final at once; anything else is retried with backoff by BullMQ.
      if (error instanceof ProviderError && error.kind === 'permanent') throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<DeliveryJob> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const exhausted = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (exhausted) await this.delivery.giveUp(job.data, error instanceof UnrecoverableError ? ProviderError.permanent(error.message) : error);
  }
}
