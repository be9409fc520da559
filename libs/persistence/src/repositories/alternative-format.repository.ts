import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import type { LetterFormat } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { AlternativeFormatEntity } from '../entities/alternative-format.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { addStatusChange } from './notification-status-history';

/** One letter on the operators' alternative-format queue (R-LF-5). */
export interface AlternativeFormatItem {
  readonly notificationId: string;
  readonly serviceId: string;
  readonly messageId: string;
  readonly format: LetterFormat;
  readonly renderedText: string;
  readonly createdAt: Date;
  readonly doneById: string | null;
  readonly doneAt: Date | null;
}

/**
 * The operators' queue of letters to produce in braille, audio or easy read. Rows are written with
 * their letter (LetterRepository); marking one done records who produced it and delivers the attempt.
 */
@Injectable()
export class AlternativeFormatRepository {
  private readonly rows: Repository<AlternativeFormatEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.rows = dataSource.getRepository(AlternativeFormatEntity);
  }

  /** Platform-wide, oldest first: what operators still have to produce. */
  async open(limit = 100): Promise<AlternativeFormatItem[]> {
    const rows = await this.rows.find({ where: { doneAt: IsNull() }, order: { createdAt: 'ASC' }, take: limit });
    return rows.map((r) => this.toItem(r));
  }

  async find(notificationId: string): Promise<AlternativeFormatItem | null> {
    const row = await this.rows.findOneBy({ notificationId });
    return row ? this.toItem(row) : null;
  }

  /**
   * Records who produced the format and moves the attempt to `delivered` (it went out by hand), in one
   * transaction. Says false when it was done already or its attempt was cancelled meanwhile.
   */
  async markDone(notificationId: string, doneById: string, at = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOneBy(AlternativeFormatEntity, { notificationId, doneAt: IsNull() });
      if (!row) return false;
      const moved = await tx.update(
        NotificationEntity,
        { id: notificationId, status: In(['pending-alternative-format']) },
        { status: 'delivered', updatedAt: at, sentAt: at },
      );
      if ((moved.affected ?? 0) !== 1) return false;
      await tx.update(AlternativeFormatEntity, { notificationId }, { doneById, doneAt: at });
      await addStatusChange(tx, { notificationId, serviceId: row.serviceId, status: 'delivered', at });
      return true;
    });
  }

  private toItem(row: AlternativeFormatEntity): AlternativeFormatItem {
    return { ...row, renderedText: this.cipher.decrypt(row.renderedText) };
  }
}
