import type { NotificationStatus } from './notification-status';
import type { KeyType, TemplateType } from './notification-types';

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
  /** The omnichannel message this notification is an attempt of, if any. */
  readonly messageId: string | null;
  /** A letter attempt rendered for its recipient's needs (`large_print`); null: standard. */
  readonly letterFormat: string | null;
  /** Why it ended as it did, when the status alone does not say (`recipient_preference`). */
  readonly statusReason: string | null;
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
  | 'id'
  | 'serviceId'
  | 'templateId'
  | 'templateVersion'
  | 'apiKeyId'
  | 'keyType'
  | 'type'
  | 'recipient'
  | 'personalisation'
  | 'clientReference'
  | 'replyTo'
  | 'oneClickUnsubscribeUrl'
  | 'createdById'
> & {
  readonly normalisedRecipient: string;
  readonly createdAt: Date;
  readonly billableUnits?: number;
  readonly sms?: SmsFacts;
  /** A bulk send's row: (jobId, jobRowNumber) is unique. */
  readonly jobId?: string;
  readonly jobRowNumber?: number;
  readonly letter?: LetterFacts;
  readonly messageId?: string;
  readonly letterFormat?: string;
};
