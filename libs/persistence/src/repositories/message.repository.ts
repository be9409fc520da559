import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThan, LessThanOrEqual, Or, Repository } from 'typeorm';
import type { AttemptWithStatus, ContactDetails, Message, MessageAttempt, MessageChannel, MessageStatus, NotificationStatus, RouteStep } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { MessageAttemptEntity } from '../entities/message-attempt.entity';
import { MessageEventEntity } from '../entities/message-event.entity';
import { MessageRecipientEntity } from '../entities/message-recipient.entity';
import { MessageEntity } from '../entities/message.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { addCallbackEvent } from './callback-outbox';
import { addStatusChange } from './notification-status-history';
import { messageRow, NewMessage, toMessage } from './message-rows';

export { NewMessage } from './message-rows';

/** What one routing pass changes on a message. */
export interface RoutingChange {
  readonly status: MessageStatus;
  readonly deliveredVia: MessageChannel | null;
  readonly routePlan: readonly RouteStep[];
  readonly nextCheckAt: Date | null;
  /** Tell the department (a `message_status` callback): the status changed or a new attempt began. */
  readonly report: boolean;
  /** Why the message ended, when it did for one reason (R-OO-4). Unchanged when absent. */
  readonly statusReason?: string | null;
  /** A look-up's result and the tries so far (R-OO-2, R-OO-4). Unchanged when absent. */
  readonly lookup?: { readonly lookedUp: ContactDetails | null; readonly tries: number };
}

/** An attempt's status change the router has not yet looked at. */
export interface MessageEvent {
  readonly id: string;
  readonly messageId: string;
}

/** Statuses in which an attempt has not been handed to a provider, so it may still be cancelled (R-API-5). */
const NOT_HANDED_OVER: NotificationStatus[] = ['created', 'pending-alternative-format'];

/** Omnichannel messages, their attempts and the routing outbox. Recipient and personalisation are encrypted. */
@Injectable()
export class MessageRepository {
  private readonly rows: Repository<MessageEntity>;
  private readonly attemptRows: Repository<MessageAttemptEntity>;
  private readonly events: Repository<MessageEventEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.rows = dataSource.getRepository(MessageEntity);
    this.attemptRows = dataSource.getRepository(MessageAttemptEntity);
    this.events = dataSource.getRepository(MessageEventEntity);
  }

  /** The message and, for the person's own view (R-TR-1), one index row per recipient key, in one transaction. */
  async insert(message: NewMessage): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(MessageEntity, messageRow(message, this.cipher));
      const keys = [...new Set(message.recipientKeys)];
      if (keys.length) {
        await tx.insert(
          MessageRecipientEntity,
          keys.map((recipientKey) => ({ recipientKey, messageId: message.id, serviceId: message.serviceId, createdAt: message.createdAt })),
        );
      }
    });
  }

  async findById(serviceId: string, id: string): Promise<Message | null> {
    const row = await this.rows.findOneBy({ id, serviceId });
    return row ? this.toMessage(row) : null;
  }

  /** Platform-wide, for the router (it learns of a message from the outbox or its timer). */
  async findForRouting(id: string): Promise<Message | null> {
    const row = await this.rows.findOneBy({ id });
    return row ? this.toMessage(row) : null;
  }

  /** Attempts in the order they were made, each with its notification's Notify status. */
  async attempts(messageId: string): Promise<AttemptWithStatus[]> {
    const attempts = await this.attemptRows.find({ where: { messageId }, order: { createdAt: 'ASC' } });
    if (attempts.length === 0) return [];
    const notifications = await this.dataSource.getRepository(NotificationEntity).find({
      select: { id: true, status: true, statusReason: true },
      where: { id: In(attempts.map((a) => a.notificationId)) },
    });
    const byId = new Map(notifications.map((n) => [n.id, n]));
    return attempts.map((a) => ({
      messageId: a.messageId,
      channel: a.channel,
      notificationId: a.notificationId,
      createdAt: a.createdAt,
      // An attempt whose notification is not yet stored (the router stopped between the two writes) is still `created`.
      status: byId.get(a.notificationId)?.status ?? 'created',
      statusReason: byId.get(a.notificationId)?.statusReason ?? null,
    }));
  }

  /**
   * R-RT-4: records the attempt for (message, channel) unless one exists, and returns the one
   * stored: a replayed routing pass gets the first attempt's notification id back, never a second.
   */
  async addAttempt(serviceId: string, attempt: MessageAttempt): Promise<MessageAttempt> {
    await this.attemptRows
      .createQueryBuilder()
      .insert()
      .into(MessageAttemptEntity)
      .values({ ...attempt, serviceId })
      .orIgnore()
      .execute();
    const stored = await this.attemptRows.findOneByOrFail({ messageId: attempt.messageId, channel: attempt.channel });
    return { messageId: stored.messageId, channel: stored.channel, notificationId: stored.notificationId, createdAt: stored.createdAt };
  }

  /** An attempt whose notification could not be made (refused when composed) is forgotten: the channel ends skipped. */
  async removeAttempt(serviceId: string, messageId: string, channel: MessageChannel): Promise<void> {
    await this.attemptRows.delete({ serviceId, messageId, channel });
  }

  /**
   * Applies a routing pass made from the message at `revision`. Says false when someone else
   * changed the message since (the caller routes again from a fresh read). A reported change
   * writes a `message_status` callback event in the same transaction.
   */
  async saveRouting(message: Message, change: RoutingChange, at: Date): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const result = await tx.update(
        MessageEntity,
        { id: message.id, revision: message.revision },
        {
          status: change.status,
          deliveredVia: change.deliveredVia,
          routePlan: JSON.stringify(change.routePlan),
          nextCheckAt: change.nextCheckAt,
          ...(change.statusReason !== undefined ? { statusReason: change.statusReason } : {}),
          ...(change.lookup
            ? { lookedUp: change.lookup.lookedUp ? this.cipher.encryptJson(change.lookup.lookedUp) : null, lookupTries: change.lookup.tries }
            : {}),
          revision: message.revision + 1,
          updatedAt: at,
        },
      );
      if ((result.affected ?? 0) !== 1) return false;
      if (change.report)
        await addCallbackEvent(tx, { serviceId: message.serviceId, callbackType: 'message_status', messageId: message.id, status: change.status }, at);
      return true;
    });
  }

  /** Messages whose start or fallback window is due, for the router's tick. */
  async dueIds(now: Date, limit: number): Promise<string[]> {
    const rows = await this.rows.find({
      select: { id: true },
      where: { nextCheckAt: LessThanOrEqual(now), status: In(['created', 'routing']) },
      order: { nextCheckAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** The routing outbox, oldest first. */
  async oldestEvents(limit: number): Promise<MessageEvent[]> {
    const rows = await this.events.find({ select: { id: true, messageId: true }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
    return rows.map((r) => ({ id: r.id, messageId: r.messageId }));
  }

  async deleteEvents(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.events.delete({ id: In([...ids]) });
  }

  /**
   * R-API-5: cancels the message's attempts not yet handed to a provider (stored, unclaimed by a
   * worker, or waiting for an alternative format). Returns their notification ids.
   */
  async cancelUnsentAttempts(serviceId: string, messageId: string, at: Date): Promise<string[]> {
    const attempts = await this.attemptRows.findBy({ serviceId, messageId });
    if (attempts.length === 0) return [];
    return this.dataSource.transaction(async (tx) => {
      const cancelled: string[] = [];
      for (const attempt of attempts) {
        const result = await tx.update(
          NotificationEntity,
          { id: attempt.notificationId, serviceId, status: In(NOT_HANDED_OVER), claimedUntil: Or(IsNull(), LessThan(at)) },
          { status: 'cancelled', statusReason: 'cancelled_by_service', updatedAt: at, claimedUntil: null, claimToken: null },
        );
        if ((result.affected ?? 0) !== 1) continue;
        await addStatusChange(tx, { notificationId: attempt.notificationId, serviceId, status: 'cancelled', at });
        cancelled.push(attempt.notificationId);
      }
      return cancelled;
    });
  }

  private toMessage(row: MessageEntity): Message {
    return toMessage(row, this.cipher);
  }
}
