import type { KeyType, NotificationStatus, TemplateType } from '@herald/domain';

/** A notification as use cases see it: recipient and personalisation decrypted. */
export interface StoredNotification {
  readonly id: string;
  readonly serviceId: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly apiKeyId: string | null;
  readonly keyType: KeyType;
  readonly type: TemplateType;
  readonly recipient: string;
  readonly personalisation: Record<string, unknown>;
  readonly clientReference: string | null;
  readonly status: NotificationStatus;
  readonly replyTo: string | null;
  readonly oneClickUnsubscribeUrl: string | null;
  readonly provider: string | null;
  readonly providerReference: string | null;
  readonly billableUnits: number;
  readonly jobId: string | null;
  readonly createdById: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly sentAt: Date | null;
  readonly sms: SmsFacts | null;
  readonly letter: LetterFacts | null;
}

/** What a letter records: its postage and the internal reference printed on it. */
export interface LetterFacts {
  readonly postage: string | null;
  readonly reference: string | null;
}

/** What a text message records besides its recipient: sender, billing prefix and rate multiplier. */
export interface SmsFacts {
  readonly sender: string | null;
  readonly international: boolean;
  readonly phonePrefix: string | null;
  readonly rateMultiplier: number | null;
}

export type NewNotification = Pick<
  StoredNotification,
  'id' | 'serviceId' | 'templateId' | 'templateVersion' | 'apiKeyId' | 'keyType' | 'type' | 'recipient' | 'personalisation' |
  'clientReference' | 'replyTo' | 'oneClickUnsubscribeUrl' | 'createdById'
> & {
  readonly normalisedRecipient: string; readonly createdAt: Date; readonly billableUnits?: number; readonly sms?: SmsFacts;
  /** A bulk send's row: (jobId, jobRowNumber) is unique. */
  readonly jobId?: string; readonly jobRowNumber?: number; readonly letter?: LetterFacts;
};

export interface NotificationListQuery {
  readonly keyType: KeyType;
  readonly createdSince: Date;
  readonly types?: readonly TemplateType[];
  readonly statuses?: readonly NotificationStatus[];
  readonly clientReference?: string;
  readonly olderThanId?: string;
  readonly includeJobs: boolean;
  readonly limit: number;
}

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

export type ReceiptOutcome =
  | { readonly applied: true; readonly serviceId: string; readonly from: NotificationStatus }
  | { readonly applied: false; readonly reason: 'not-found' | 'reference-mismatch' | 'not-forward'; readonly serviceId?: string; readonly from?: NotificationStatus };

/** What a worker records once a provider accepted a notification (status, provider and its reference, when it was sent). */
export interface DeliveryResult {
  readonly provider: string;
  readonly providerReference: string;
  readonly status: NotificationStatus;
  readonly sentAt: Date;
}

/** A notification the replay sweep may queue again. */
export interface StuckNotification {
  readonly id: string;
  readonly serviceId: string;
  readonly type: TemplateType;
  readonly createdAt: Date;
}

/** Where a page of the replay sweep ended. */
export type ReplayCursor = Pick<StuckNotification, 'createdAt' | 'id'>;
