import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { FieldCipher } from '../database/field-cipher';
import { MessageAttemptEntity } from '../entities/message-attempt.entity';
import { MessageEventEntity } from '../entities/message-event.entity';
import { MessageRecipientEntity } from '../entities/message-recipient.entity';
import { MessageEntity } from '../entities/message.entity';
import { PurposeLogEntity } from '../entities/purpose-log.entity';

const SETTLED = ['delivered', 'failed', 'cancelled'];

/**
 * Two retentions for messages (R-TR-2, R-OO-2): content (the recipient, the identifier, what a
 * register returned and the personalisation) goes with the service's retention, as its attempts'
 * notifications do; the metadata a person sees in their own view (and the purpose log) stays for
 * months, then goes too. Each batch is one transaction.
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
      const rows = await tx.getRepository(MessageEntity).find({
        select: { id: true },
        where: { serviceId, createdAt: LessThan(before), contentPurgedAt: IsNull(), status: In(SETTLED) },
        order: { createdAt: 'ASC' },
        take: batchSize,
      });
      if (!rows.length) return 0;
      await tx.update(
        MessageEntity,
        { id: In(rows.map((r) => r.id)) },
        {
          recipient: this.cipher.encryptJson({ emailAddress: null, phoneNumber: null, address: null }),
          personalisation: this.cipher.encryptJson({}),
          identifier: null,
          lookedUp: null,
          contentPurgedAt: now,
        },
      );
      return rows.length;
    });
  }

  /** Deletes up to `batchSize` messages created before `before`, with their attempts, index rows and outbox events; returns how many. */
  async deleteMetadataBatch(before: Date, batchSize: number): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.getRepository(MessageEntity).find({ select: { id: true }, where: { createdAt: LessThan(before) }, take: batchSize });
      const ids = rows.map((r) => r.id);
      if (!ids.length) return 0;
      await tx.delete(MessageRecipientEntity, { messageId: In(ids) });
      await tx.delete(MessageAttemptEntity, { messageId: In(ids) });
      await tx.delete(MessageEventEntity, { messageId: In(ids) });
      await tx.delete(MessageEntity, { id: In(ids) });
      return ids.length;
    });
  }

  /** The purpose log is kept as long as the metadata it explains. */
  async deletePurposeLogBefore(before: Date): Promise<number> {
    const result = await this.dataSource.getRepository(PurposeLogEntity).delete({ at: LessThan(before) });
    return result.affected ?? 0;
  }
}
