import type { NotificationStatus } from './notification-status';

/** What a worker records once a provider accepted a notification (status, provider and its reference, when it was sent). */
export interface DeliveryResult {
  readonly provider: string;
  readonly providerReference: string;
  readonly status: NotificationStatus;
  readonly sentAt: Date;
}
