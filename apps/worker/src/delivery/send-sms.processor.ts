import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { ProviderError } from '@herald/domain';
import { DeliveryJob, QUEUES } from '@herald/queue';
import type { DeliveryOutcome } from './email-delivery.service';
import { SmsDeliveryService } from './sms-delivery.service';

@Processor(QUEUES.sendSms)
export class SendSmsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(@InjectConfig() private readonly config: HeraldConfig, private readonly delivery: SmsDeliveryService) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: Job<DeliveryJob>, token?: string): Promise<DeliveryOutcome> {
    try {
      return await this.delivery.deliver(job.data);
    } catch (error) {
      // Permanent is final at once; throttled waits as long as the provider asked, without using
      // up an attempt; anything else is retried with backoff by BullMQ.
      if (error instanceof ProviderError && error.kind === 'permanent') throw new UnrecoverableError(error.message);
      if (error instanceof ProviderError && error.kind === 'throttled' && token) {
        await job.moveToDelayed(Date.now() + (error.retryAfterMs ?? 0), token);
        throw new DelayedError();
      }
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
