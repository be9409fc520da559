import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InboundText } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { InboundSmsEntity } from '../entities/inbound-sms.entity';
import { NotificationEntity } from '../entities/notification.entity';

/** One number that has texted the service: its newest text, when, and how many it has sent. */
export interface ConversationSummary {
  readonly latest: InboundText;
  readonly receivedCount: number;
}

/**
 * A service's received texts grouped by the number they came from, and the texts the service sent
 * back to that number. Numbers are encrypted: a number's texts and notifications are found by its
 * keyed hash, and a conversation is named by the id of one of its texts, never by the number.
 */
@Injectable()
export class ConversationRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /** Whether the service has received any text (its navigation then shows them, even without an inbound number now). */
  async hasReceivedTexts(serviceId: string): Promise<boolean> {
    return this.dataSource.getRepository(InboundSmsEntity).existsBy({ serviceId });
  }

  /** The numbers that have texted the service, the most recent conversation first. */
  async summaries(serviceId: string, limit: number): Promise<ConversationSummary[]> {
    const groups = await this.dataSource
      .createQueryBuilder(InboundSmsEntity, 't')
      .select('t.user_number_hash', 'hash')
      .addSelect('COUNT(*)', 'received')
      .addSelect('MAX(t.created_at)', 'latest')
      .where('t.service_id = :serviceId', { serviceId })
      .groupBy('t.user_number_hash')
      .orderBy('latest', 'DESC')
      .limit(limit)
      .getRawMany<{ hash: string; received: string | number }>();
    const summaries: ConversationSummary[] = [];
    for (const group of groups) {
      const [latest] = await this.receivedByHash(serviceId, group.hash, 'DESC', 1);
      if (latest) summaries.push({ latest, receivedCount: Number(group.received) });
    }
    return summaries;
  }

  /** Every text from the number that sent `textId` (oldest first, the newest `limit`); null when the service has no such text. */
  async receivedFromSenderOf(serviceId: string, textId: string, limit: number): Promise<InboundText[] | null> {
    const text = await this.dataSource.getRepository(InboundSmsEntity).findOneBy({ id: textId, serviceId });
    if (!text) return null;
    return (await this.receivedByHash(serviceId, text.userNumberHash, 'DESC', limit)).reverse();
  }

  /** The ids of the newest text messages the service sent to `normalisedNumber` (digits, as `447700900111`), newest first. */
  async sentTextIds(serviceId: string, normalisedNumber: string, limit: number): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .select('n.id', 'id')
      .where('n.service_id = :serviceId', { serviceId })
      .andWhere('n.recipient_hash = :hash', { hash: this.cipher.hash(normalisedNumber) })
      .andWhere("n.notification_type = 'sms'")
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  private async receivedByHash(serviceId: string, hash: string, order: 'ASC' | 'DESC', limit: number): Promise<InboundText[]> {
    const rows = await this.dataSource
      .getRepository(InboundSmsEntity)
      .createQueryBuilder('t')
      .where('t.service_id = :serviceId', { serviceId })
      .andWhere('t.user_number_hash = :hash', { hash })
      .orderBy('t.created_at', order)
      .addOrderBy('t.id', order)
      .limit(limit)
      .getMany();
    return rows.map((row) => ({
      id: row.id,
      serviceId: row.serviceId,
      notifyNumber: row.notifyNumber,
      userNumber: this.cipher.decrypt(row.userNumber),
      content: this.cipher.decrypt(row.content),
      provider: row.provider,
      providerReference: row.providerReference,
      createdAt: row.createdAt,
    }));
  }
}
