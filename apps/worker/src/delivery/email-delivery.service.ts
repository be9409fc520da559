import { Inject, Injectable, Logger } from '@nestjs/common';
import { EMAIL_PROVIDER, EmailProvider, ProviderError, SIMULATED_EMAIL_PROVIDER } from '@herald/domain';
import { NotificationRepository } from '@herald/persistence';
import { DeliveryJob } from '@herald/queue';
import { DeliveryAttempt, DeliveryClaims } from './delivery-claims';
import { DeliveryStatusWriter } from './delivery-status-writer';
import { EmailComposer } from './email-composer';

export type DeliveryOutcome = 'sent' | 'not-ours' | 'missing';

/**
 * Reloads a queued email, claims it, renders it and hands it to a provider, then records what
 * the provider said. Safe to run twice: only a `created` notification this attempt claims is sent (DeliveryClaims).
 */
@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly claims: DeliveryClaims,
    private readonly composer: EmailComposer,
    private readonly statuses: DeliveryStatusWriter,
    @Inject(EMAIL_PROVIDER) private readonly liveProvider: EmailProvider,
    @Inject(SIMULATED_EMAIL_PROVIDER) private readonly simulatedProvider: EmailProvider,
  ) {}

  async deliver(job: DeliveryJob, attempt: DeliveryAttempt): Promise<DeliveryOutcome> {
    const notification = await this.claims.claim(job, attempt);
    if (!notification) {
      const existing = await this.notifications.findById(job.serviceId, job.notificationId);
      return existing ? 'not-ours' : 'missing';
    }
    try {
      const provider = notification.keyType === 'test' ? this.simulatedProvider : this.liveProvider;
      const accepted = await provider.send(await this.composer.compose(notification));
      const result = { ...accepted, providerReference: accepted.reference, sentAt: new Date() };
      await this.statuses.record({ serviceId: job.serviceId, id: notification.id, result });
      this.logger.log(`Notification ${notification.id} handed to ${accepted.provider} (reference ${accepted.reference}): ${accepted.status}`);
      return 'sent';
    } catch (error) {
      await this.claims.release(job, attempt);
      throw error;
    }
  }

  /** Called when retries are exhausted or the provider refused the message for good. */
  async giveUp(job: DeliveryJob, error: Error): Promise<void> {
    const status = error instanceof ProviderError && error.kind === 'permanent' ? 'permanent-failure' : 'technical-failure';
    this.logger.warn(`Notification ${job.notificationId} ends as ${status}: ${error.message}`);
    await this.notifications.fail(job.serviceId, job.notificationId, status);
  }
}
