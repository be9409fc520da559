import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { DELIVERY_WORKER_OPTIONS, DeliveryJob, QUEUES } from '@herald/queue';
import { attemptDelivery, finalFailure, jobAttempt, useDeliveryRetries } from './delivery-attempt';
import type { DeliveryOutcome } from './email-delivery.service';
import { SmsDeliveryService } from './sms-delivery.service';

@Processor(QUEUES.sendSms, DELIVERY_WORKER_OPTIONS)
export class SendSmsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(@InjectConfig() private readonly config: HeraldConfig, private readonly delivery: SmsDeliveryService) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
    useDeliveryRetries(this.worker, this.config.retry);
  }

  process(job: Job<DeliveryJob>, token?: string): Promise<DeliveryOutcome> {
    return attemptDelivery(job, token, () => this.delivery.deliver(job.data, jobAttempt(job, token)));
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<DeliveryJob> | undefined, error: Error): Promise<void> {
    const failure = job ? finalFailure(job, error, this.config.retry) : null;
    if (job && failure) await this.delivery.giveUp(job.data, failure);
  }
}
