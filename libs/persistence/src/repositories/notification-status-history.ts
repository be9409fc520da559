import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isFinalStatus, type NotificationStatus } from '@herald/domain';
import { MessageEventEntity } from '../entities/message-event.entity';
import { NotificationEntity } from '../entities/notification.entity';
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
 * When an omnichannel attempt reaches a final status, the routing outbox hears of it in the same
 * transaction (the router then tries the next channel, or settles the message).
 */
export async function addStatusChange(manager: EntityManager, change: NewStatusChange): Promise<void> {
  await manager.insert(NotificationStatusChangeEntity, {
    id: randomUUID(),
    notificationId: change.notificationId,
    serviceId: change.serviceId,
    status: change.status,
    createdAt: change.at,
  });
  if (isFinalStatus(change.status)) await recordFinalStatus(manager, change);
}

/**
 * Every final status passes here, so it is counted here (herald_notifications_finished_total), as
 * it is written: a transaction that then fails on a database error is counted too, rare enough for
 * a rate. An omnichannel attempt's final status also goes to the routing outbox. The metrics (and
 * prom-client) are loaded with the first final status, not with libs/persistence: the CLI uses
 * these repositories and never counts a status.
 */
async function recordFinalStatus(manager: EntityManager, change: NewStatusChange): Promise<void> {
  const row = await manager.findOne(NotificationEntity, {
    select: { id: true, messageId: true, notificationType: true },
    where: { id: change.notificationId },
  });
  if (!row) return;
  const { HeraldMetrics } = await import('@herald/metrics');
  HeraldMetrics.forProcess().notificationFinished(row.notificationType, change.status);
  if (!row.messageId) return;
  await manager.insert(MessageEventEntity, {
    id: randomUUID(),
    messageId: row.messageId,
    notificationId: change.notificationId,
    status: change.status,
    createdAt: change.at,
  });
}

/**
 * addStatusChange for changes made together (the worker's batched delivery results): their history
 * rows in one INSERT, with the same manager, so inside the transaction that made the changes.
 */
export async function addStatusChanges(manager: EntityManager, changes: readonly NewStatusChange[]): Promise<void> {
  if (changes.length === 0) return;
  await manager.insert(
    NotificationStatusChangeEntity,
    changes.map((change) => ({
      id: randomUUID(),
      notificationId: change.notificationId,
      serviceId: change.serviceId,
      status: change.status,
      createdAt: change.at,
    })),
  );
  for (const change of changes) if (isFinalStatus(change.status)) await recordFinalStatus(manager, change);
}
