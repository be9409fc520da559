import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { HeraldMetrics, MetricChannel } from '@herald/metrics';
import type { DeliveryJob } from '@herald/queue';
import type { DeliveryOutcome } from '../delivery/email-delivery.service';
import { SendEmailProcessor } from '../delivery/send-email.processor';
import { SendSmsProcessor } from '../delivery/send-sms.processor';

const SENT: DeliveryOutcome = 'sent';

/**
 * Hand-off latency (herald_notification_handoff_seconds): from the moment an email's or a text's
 * job was queued, just after the API stored it, to the end of the job that handed it to a
 * provider, retries and their waits included. Read from the delivery queues' completed jobs, so
 * delivery itself knows nothing of metrics. A notification queued again by the replay sweep (its
 * first job lost with Redis) is timed from its new job.
 */
@Injectable()
export class HandoffMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly metrics: HeraldMetrics,
    private readonly emails: SendEmailProcessor,
    private readonly texts: SendSmsProcessor,
  ) {}

  onApplicationBootstrap(): void {
    this.watch(this.emails.worker, 'email');
    this.watch(this.texts.worker, 'sms');
  }

  private watch(worker: Worker, channel: MetricChannel): void {
    worker.on('completed', (job: Job<DeliveryJob>, outcome: DeliveryOutcome) => {
      if (outcome === SENT) this.metrics.handedOff(channel, Math.max(0, Date.now() - job.timestamp) / 1000);
    });
  }
}
