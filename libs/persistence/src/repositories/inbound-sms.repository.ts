import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { InboundText, NewInboundText } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { InboundSmsEntity } from '../entities/inbound-sms.entity';
import { addCallbackEvent } from './callback-outbox';

export interface InboundTextPage {
  /** The id of the last text of the previous page: only older texts follow it. */
  readonly olderThanId?: string;
  readonly limit: number;
}

/** Received texts, newest first; the number and the message are encrypted at rest. */
@Injectable()
export class InboundSmsRepository {
  private readonly rows: Repository<InboundSmsEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.rows = dataSource.getRepository(InboundSmsEntity);
  }

  /**
   * Stores a text once: a provider delivering the same message again returns null and stores nothing.
   * A stored text also gets an outbox event, in the same transaction, for the inbound SMS callback.
   */
  async insert(input: NewInboundText): Promise<InboundText | null> {
    const entity: InboundSmsEntity = {
      id: randomUUID(),
      serviceId: input.serviceId,
      notifyNumber: input.notifyNumber,
      userNumber: this.cipher.encrypt(input.userNumber),
      userNumberHash: this.cipher.hash(input.userNumber),
      content: this.cipher.encrypt(input.content),
      provider: input.provider,
      providerReference: input.providerReference,
      createdAt: input.createdAt ?? new Date(),
    };
    const stored = await this.dataSource.transaction(async (tx) => {
      await tx.createQueryBuilder().insert().into(InboundSmsEntity).values(entity).orIgnore().execute();
      const row = await tx.findOneBy(InboundSmsEntity, { id: entity.id, serviceId: entity.serviceId });
      if (row) await addCallbackEvent(tx, { serviceId: row.serviceId, callbackType: 'inbound_sms', inboundSmsId: row.id });
      return row;
    });
    return stored ? this.toInboundText(stored) : null;
  }

  async findById(serviceId: string, id: string): Promise<InboundText | null> {
    const row = await this.rows.findOneBy({ id, serviceId });
    return row ? this.toInboundText(row) : null;
  }

  /**
   * One page of a service's texts, newest first. Texts received in the same instant are ordered
   * by id, so paging with `olderThanId` never skips or repeats one. An unknown id gives an empty page.
   */
  async listForService(serviceId: string, page: InboundTextPage): Promise<InboundText[]> {
    const query = this.rows
      .createQueryBuilder('t')
      .where('t.service_id = :serviceId', { serviceId })
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(page.limit);
    if (page.olderThanId !== undefined) {
      const anchor = 'SELECT a.created_at FROM inbound_sms a WHERE a.id = :olderThanId AND a.service_id = :serviceId';
      query.andWhere(`(t.created_at < (${anchor}) OR (t.created_at = (${anchor}) AND t.id < :olderThanId))`, { olderThanId: page.olderThanId });
    }
    return (await query.getMany()).map((row) => this.toInboundText(row));
  }

  private toInboundText(row: InboundSmsEntity): InboundText {
    return {
      id: row.id,
      serviceId: row.serviceId,
      notifyNumber: row.notifyNumber,
      userNumber: this.cipher.decrypt(row.userNumber),
      content: this.cipher.decrypt(row.content),
      provider: row.provider,
      providerReference: row.providerReference,
      createdAt: row.createdAt,
    };
  }
}
