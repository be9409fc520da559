import type { NotificationStatus } from './notification-status';
import type { TemplateType } from './notification-types';

/** A provider's word on a notification; `serviceId` when the caller knows it. */
export interface ProviderReceipt {
  readonly id: string;
  readonly serviceId?: string;
  readonly providerReference?: string;
  readonly status: NotificationStatus;
  readonly at: Date;
  /** Only a notification of this channel (e.g. a printer's report is about letters). */
  readonly type?: TemplateType;
  /** Never a test key's notification (it reached no provider, so no real receipt can be about it). */
  readonly liveOnly?: boolean;
}

/** What applying a receipt did: the status it moved from, or why it changed nothing. */
export type ReceiptOutcome =
  | { readonly applied: true; readonly serviceId: string; readonly from: NotificationStatus }
  | {
      readonly applied: false;
      readonly reason: 'not-found' | 'reference-mismatch' | 'not-forward';
      readonly serviceId?: string;
      readonly from?: NotificationStatus;
    };
