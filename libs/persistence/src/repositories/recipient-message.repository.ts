import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AttemptWithStatus, MessageChannel, MessageStatus, RouteStep } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { MessageAttemptEntity } from '../entities/message-attempt.entity';
import { MessageRecipientEntity } from '../entities/message-recipient.entity';
import { MessageEntity } from '../entities/message.entity';
import { NotificationEntity } from '../entities/notification.entity';

/** One message as its recipient sees it (R-TR-1): metadata, and the personalisation while it is kept. Never the contact details. */
export interface RecipientMessageRow {
  readonly id: string;
  readonly serviceId: string;
  readonly templateSetId: string;
  readonly templateSetVersion: number;
  readonly status: MessageStatus;
  readonly statusReason: string | null;
  readonly deliveredVia: MessageChannel | null;
  readonly routePlan: readonly RouteStep[];
  readonly language: string | null;
  /** Null once the content is purged (R-TR-2). */
  readonly personalisation: Readonly<Record<string, unknown>> | null;
  readonly contentPurgedAt: Date | null;
  readonly createdAt: Date;
  readonly attempts: readonly AttemptWithStatus[];
}

export interface RecipientMessagePage {
  readonly messages: RecipientMessageRow[];
  readonly total: number;
}

/**
 * The one read that joins a person's messages across services (R-TR-1, R-TR-6): only the person's
 * own authenticated view calls it, with the recipient keys of their sign-in. It goes through the
 * `message_recipients` index written when each message was stored.
 */
@Injectable()
export class RecipientMessageRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /** Newest first; a message addressed to several of the keys counts once. */
  async forRecipient(keys: readonly string[], offset: number, limit: number): Promise<RecipientMessagePage> {
    const unique = [...new Set(keys)];
    if (!unique.length) return { messages: [], total: 0 };
    const index = this.dataSource
      .getRepository(MessageRecipientEntity)
      .createQueryBuilder('r')
      .select('r.messageId', 'messageId')
      .addSelect('MAX(r.createdAt)', 'createdAt')
      .where('r.recipientKey IN (:...keys)', { keys: unique })
      .groupBy('r.messageId');
    const [page, counted] = await Promise.all([
      index.clone().orderBy('"createdAt"', 'DESC').addOrderBy('"messageId"', 'DESC').offset(offset).limit(limit).getRawMany<{ messageId: string }>(),
      this.dataSource
        .getRepository(MessageRecipientEntity)
        .createQueryBuilder('r')
        .select('COUNT(DISTINCT r.messageId)', 'total')
        .where('r.recipientKey IN (:...keys)', { keys: unique })
        .getRawOne<{ total: string | number }>(),
    ]);
    const ids = page.map((row) => row.messageId);
    if (!ids.length) return { messages: [], total: Number(counted?.total ?? 0) };
    const [rows, attempts] = await Promise.all([this.dataSource.getRepository(MessageEntity).findBy({ id: In(ids) }), this.attemptsOf(ids)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const messages = ids
      .map((id) => byId.get(id))
      .filter((row): row is MessageEntity => row !== undefined)
      .map((row) => this.toRow(row, attempts.get(row.id) ?? []));
    return { messages, total: Number(counted?.total ?? 0) };
  }

  private async attemptsOf(messageIds: readonly string[]): Promise<Map<string, AttemptWithStatus[]>> {
    const attempts = await this.dataSource.getRepository(MessageAttemptEntity).find({ where: { messageId: In([...messageIds]) }, order: { createdAt: 'ASC' } });
    const notifications = attempts.length
      ? await this.dataSource.getRepository(NotificationEntity).find({
          select: { id: true, status: true, statusReason: true },
          where: { id: In(attempts.map((a) => a.notificationId)) },
        })
      : [];
    const statusOf = new Map(notifications.map((n) => [n.id, n]));
    const byMessage = new Map<string, AttemptWithStatus[]>();
    for (const a of attempts) {
      const list = byMessage.get(a.messageId) ?? [];
      list.push({
        messageId: a.messageId,
        channel: a.channel,
        notificationId: a.notificationId,
        createdAt: a.createdAt,
        // Not yet stored (the router stopped between the two writes): still `created`.
        status: statusOf.get(a.notificationId)?.status ?? 'created',
        statusReason: statusOf.get(a.notificationId)?.statusReason ?? null,
      });
      byMessage.set(a.messageId, list);
    }
    return byMessage;
  }

  private toRow(row: MessageEntity, attempts: readonly AttemptWithStatus[]): RecipientMessageRow {
    return {
      id: row.id,
      serviceId: row.serviceId,
      templateSetId: row.templateSetId,
      templateSetVersion: row.templateSetVersion,
      status: row.status,
      statusReason: row.statusReason,
      deliveredVia: row.deliveredVia,
      routePlan: JSON.parse(row.routePlan) as RouteStep[],
      language: row.language,
      personalisation: row.contentPurgedAt || !row.personalisation ? null : this.cipher.decryptJson<Record<string, unknown>>(row.personalisation),
      contentPurgedAt: row.contentPurgedAt,
      createdAt: row.createdAt,
      attempts,
    };
  }
}
