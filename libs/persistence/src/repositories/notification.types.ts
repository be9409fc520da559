import type { KeyType, NotificationStatus, TemplateType } from '@herald/domain';

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

/** A notification the replay sweep may queue again. */
export interface StuckNotification {
  readonly id: string;
  readonly serviceId: string;
  readonly type: TemplateType;
  readonly createdAt: Date;
}

/** Where a page of the replay sweep ended. */
export type ReplayCursor = Pick<StuckNotification, 'createdAt' | 'id'>;
