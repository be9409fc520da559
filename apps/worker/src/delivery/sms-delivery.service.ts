import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutboundSms, ProviderAcceptance, ProviderError, SIMULATED_SMS_PROVIDER, SmsProvider } from '@herald/domain';
import { NotificationRepository } from '@herald/persistence';
import { SmsProviderSelector } from '@herald/providers';
import { DeliveryJob } from '@herald/queue';
import { DeliveryAttempt, DeliveryClaims } from './delivery-claims';
import { DeliveryStatusWriter } from './delivery-status-writer';
import { SmsComposer } from './sms-composer';
import type { DeliveryOutcome } from './email-delivery.service';

/**
 * Reloads a queued text, claims it, renders it and hands it to the healthiest SMS provider, then
 * records what the provider said. Safe to run twice: only a `created` text this attempt claims is sent (DeliveryClaims).
 * A test key's text goes to the simulator and never reaches a provider.
 */
@Injectable()
export class SmsDeliveryService {
  private readonly logger = new Logger(SmsDeliveryService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly claims: DeliveryClaims,
    private readonly statuses: DeliveryStatusWriter,
    private readonly composer: SmsComposer,
    private readonly selector: SmsProviderSelector,
    @Inject(SIMULATED_SMS_PROVIDER) private readonly simulatedProvider: SmsProvider,
  ) {}

  async deliver(job: DeliveryJob, attempt: DeliveryAttempt): Promise<DeliveryOutcome> {
    const notification = await this.claims.claim(job, attempt);
    if (!notification) {
      const existing = await this.notifications.findById(job.serviceId, job.notificationId);
      return existing ? 'not-ours' : 'missing';
    }
    try {
      const sms = await this.composer.compose(notification);
      const accepted = notification.keyType === 'test' ? await this.simulatedProvider.send(sms) : await this.sendLive(sms, attempt.firstTry);
      // International texts get no delivery receipts, so they stop at `sent` (docs/api-contract.md §8).
      const status = accepted.status === 'sending' && notification.sms?.international ? 'sent' : accepted.status;
      const result = { ...accepted, status, providerReference: accepted.reference, sentAt: new Date() };
      await this.statuses.record({ serviceId: job.serviceId, id: notification.id, result });
      this.logger.log(`Notification ${notification.id} handed to ${accepted.provider} (reference ${accepted.reference}): ${status}`);
      return 'sent';
    } catch (error) {
      await this.claims.release(job, attempt);
      throw error;
    }
  }

  /** Called when retries are exhausted or the provider refused the text for good. */
  async giveUp(job: DeliveryJob, error: Error): Promise<void> {
    const status = error instanceof ProviderError && error.kind === 'permanent' ? 'permanent-failure' : 'technical-failure';
    this.logger.warn(`Notification ${job.notificationId} ends as ${status}: ${error.message}`);
    await this.notifications.fail(job.serviceId, job.notificationId, status);
  }

  /**
   * Each send goes into the provider's shared window with its latency. A provider that fails,
   * times out or asks us to slow down counts against its health; a text it refused does not.
   */
  private async sendLive(sms: OutboundSms, firstTry: boolean): Promise<ProviderAcceptance> {
    const provider = await this.selector.choose({ mayProbe: firstTry });
    const started = Date.now();
    try {
      const accepted = await provider.send(sms);
      await this.selector.record(provider, { ok: true, latencyMs: Date.now() - started });
      return accepted;
    } catch (error) {
      const refused = error instanceof ProviderError && error.kind === 'permanent';
      await this.selector.record(provider, { ok: refused, latencyMs: Date.now() - started });
      throw error;
    }
  }
}
