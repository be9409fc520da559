import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CallbackType } from '@herald/domain';
import { NotificationStatusEventEntity } from '../entities/notification-status-event.entity';

/** What happened, for the callback outbox; the worker reloads everything else when it sends. */
export interface NewCallbackEvent {
  /** Defaults to a fresh uuid; a complaint passes its own id so a repeated report is stored once. */
  readonly id?: string;
  readonly serviceId: string;
  readonly callbackType: CallbackType;
  readonly notificationId?: string;
  readonly inboundSmsId?: string;
  readonly messageId?: string;
  readonly status?: string;
  readonly occurredAt?: Date;
}

/**
 * Writes an outbox row with `manager`, i.e. inside the caller's transaction. A repeated id is ignored.
 * This INSERT stays here, with the change it reports; draining, sending and retrying the callback
 * is the worker's (apps/worker/src/callbacks/).
 */
export async function addCallbackEvent(manager: EntityManager, event: NewCallbackEvent, at = new Date()): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(NotificationStatusEventEntity)
    .values({
      id: event.id ?? randomUUID(),
      serviceId: event.serviceId,
      callbackType: event.callbackType,
      notificationId: event.notificationId ?? null,
      inboundSmsId: event.inboundSmsId ?? null,
      messageId: event.messageId ?? null,
      status: event.status ?? null,
      occurredAt: event.occurredAt ?? null,
      createdAt: at,
    })
    .orIgnore()
    .execute();
}
