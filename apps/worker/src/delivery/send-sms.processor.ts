import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { DELIVERY_WORKER_OPTIONS, QUEUES } from '@herald/queue';
import { JobHandlers } from '../job-handlers/job-handlers';
import { useDeliveryRetries } from './delivery-attempt';

/** The send-sms queue; each job goes to the handler of its name (SendSmsHandler). */
@Processor(QUEUES.sendSms, DELIVERY_WORKER_OPTIONS)
export class SendSmsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly handlers: JobHandlers,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
    useDeliveryRetries(this.worker, this.config.retry);
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.handlers.run(QUEUES.sendSms, job, token);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.handlers.failed(QUEUES.sendSms, job, error);
  }
}
