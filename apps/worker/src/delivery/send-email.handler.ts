import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { DELIVERY_JOB, DeliveryJob, QUEUES } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { attemptDelivery, DELIVERY_RETRY, finalFailure, jobAttempt } from './delivery-attempt';
import { DeliveryOutcome, EmailDeliveryService } from './email-delivery.service';

/** One email to send; once no attempt is left, the notification fails with the provider's last error. */
@Injectable()
@HandlesJob(QUEUES.sendEmail, DELIVERY_JOB, { retry: DELIVERY_RETRY })
export class SendEmailHandler implements JobHandler<DeliveryJob> {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly delivery: EmailDeliveryService,
  ) {}

  run(job: Job<DeliveryJob>, token: string | undefined): Promise<DeliveryOutcome> {
    return attemptDelivery(job, token, () => this.delivery.deliver(job.data, jobAttempt(job, token)));
  }

  async failed(job: Job<DeliveryJob>, error: Error): Promise<void> {
    const failure = finalFailure(job, error, this.config.retry);
    if (failure) await this.delivery.giveUp(job.data, failure);
  }
}
