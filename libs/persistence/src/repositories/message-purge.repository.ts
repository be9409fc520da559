import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { FieldCipher } from '../database/field-cipher';
import { MessageAttemptEntity } from '../entities/message-attempt.entity';
import { MessageEventEntity } from '../entities/message-event.entity';
import { MessageRecipientEntity } from '../entities/message-recipient.entity';
import { MessageEntity } from '../entities/message.entity';
import { PurposeLogEntity } from '../entities/purpose-log.entity';
import { lockPurgeBatch } from './purge-batch';

const SETTLED = ['delivered', 'failed', 'cancelled'];

/**
 * Two retentions for messages (R-TR-2, R-OO-2): content (the recipient, the identifier, what a
 * register returned and the personalisation) goes with the service's retention, as its attempts'
 * notifications do; the metadata a person sees in their own view (and the purpose log) stays for
 * months, then goes too. Each batch is one short transaction, its rows skipped by any other purge
 * running at the same time.
 */
@Injectable()
export class MessagePurgeRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /** Clears the content of up to `batchSize` settled messages of the service created before `before`; returns how many. */
  async purgeContentBatch(serviceId: string, before: Date, batchSize: number, now: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const where = { serviceId, createdAt: LessThan(before), contentPurgedAt: IsNull(), status: In(SETTLED) };
      const ids = await lockPurgeBatch(tx, MessageEntity, where, { createdAt: 'ASC' }, batchSize);
      if (!ids.length) return 0;
      await tx.update(
        MessageEntity,
        { id: In(ids) },
        {
          recipient: this.cipher.encryptJson({ emailAddress: null, phoneNumber: null, address: null }),
          personalisation: this.cipher.encryptJson({}),
          identifier: null,
          lookedUp: null,
          contentPurgedAt: now,
        },
      );
      return ids.length;
    });
  }

  /** Deletes up to `batchSize` messages created before `before`, with their attempts, index rows and outbox events; returns how many. */
  async deleteMetadataBatch(before: Date, batchSize: number): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      // In no order: no index on created_at alone serves one, and sorting every old message each batch would not be short.
      const ids = await lockPurgeBatch(tx, MessageEntity, { createdAt: LessThan(before) }, undefined, batchSize);
      if (!ids.length) return 0;
      await tx.delete(MessageRecipientEntity, { messageId: In(ids) });
      await tx.delete(MessageAttemptEntity, { messageId: In(ids) });
      await tx.delete(MessageEventEntity, { messageId: In(ids) });
      await tx.delete(MessageEntity, { id: In(ids) });
      return ids.length;
    });
  }

  /** The purpose log is kept as long as the metadata it explains: deletes up to `batchSize` entries from before `before`; returns how many. */
  async deletePurposeLogBatch(before: Date, batchSize: number): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const ids = await lockPurgeBatch(tx, PurposeLogEntity, { at: LessThan(before) }, { at: 'ASC' }, batchSize);
      if (ids.length) await tx.delete(PurposeLogEntity, { id: In(ids) });
      return ids.length;
    });
  }
}
