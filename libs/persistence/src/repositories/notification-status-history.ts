import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NotificationStatus } from '@herald/domain';
import { NotificationStatusChangeEntity } from '../entities/notification-status-change.entity';

/** A status a notification has just moved to. */
export interface NewStatusChange {
  readonly notificationId: string;
  readonly serviceId: string;
  readonly status: NotificationStatus;
  readonly at: Date;
}

/**
 * Writes the status history row with `manager`, i.e. inside the transaction that changed the
 * status, so the history can never show a change that was rolled back, nor miss one that was not.
 */
export async function addStatusChange(manager: EntityManager, change: NewStatusChange): Promise<void> {
  await manager.insert(NotificationStatusChangeEntity, {
    id: randomUUID(),
    notificationId: change.notificationId,
    serviceId: change.serviceId,
    status: change.status,
    createdAt: change.at,
  });
}
