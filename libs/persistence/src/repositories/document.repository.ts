import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan, Repository } from 'typeorm';
import { NewDocument, NewNotification, StoredDocument } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { DocumentEntity } from '../entities/document.entity';
import { NotificationRepository } from './notification.repository';
import { lockPurgeBatch } from './purge-batch';

/** Files sent by email: bytes encrypted at rest, reachable only with the link's secret. */
@Injectable()
export class DocumentRepository {
  private readonly rows: Repository<DocumentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly notifications: NotificationRepository,
  ) {
    this.rows = dataSource.getRepository(DocumentEntity);
  }

  /** One transaction: if the notification cannot be stored, neither are its files. */
  async insertWithNotification(notification: NewNotification, documents: readonly NewDocument[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.notifications.insert(notification, manager);
      const createdAt = new Date();
      await manager.getRepository(DocumentEntity).insert(
        documents.map((document) => ({
          id: document.id,
          serviceId: document.serviceId,
          notificationId: notification.id,
          content: this.cipher.encrypt(document.content.toString('base64')),
          sizeBytes: document.content.length,
          mimeType: document.mimeType,
          filename: document.filename,
          confirmEmail: document.confirmEmail,
          recipientHash: this.cipher.hash(document.normalisedRecipient),
          keyHash: this.cipher.hash(document.key),
          expiresAt: document.expiresAt,
          createdAt,
        })),
      );
    });
  }

  /** The document if the key matches; null for an unknown id, another service or a wrong key. */
  async findWithKey(serviceId: string, id: string, key: string): Promise<StoredDocument | null> {
    const row = await this.rows.findOne({
      where: { id, serviceId },
      select: { id: true, serviceId: true, sizeBytes: true, mimeType: true, filename: true, confirmEmail: true, expiresAt: true, keyHash: true },
    });
    if (!row || !this.hashMatches(key, row.keyHash)) return null;
    return {
      id: row.id,
      serviceId: row.serviceId,
      sizeBytes: row.sizeBytes,
      mimeType: row.mimeType,
      filename: row.filename,
      confirmEmail: row.confirmEmail,
      expiresAt: row.expiresAt,
    };
  }

  async isRecipient(serviceId: string, id: string, normalisedEmail: string): Promise<boolean> {
    const row = await this.rows.findOne({ where: { id, serviceId }, select: { id: true, recipientHash: true } });
    return row !== null && this.hashMatches(normalisedEmail, row.recipientHash);
  }

  async content(serviceId: string, id: string): Promise<Buffer | null> {
    const row = await this.rows.findOne({ where: { id, serviceId }, select: { id: true, content: true } });
    return row ? Buffer.from(this.cipher.decrypt(row.content), 'base64') : null;
  }

  async countForNotification(serviceId: string, notificationId: string): Promise<number> {
    return this.rows.countBy({ serviceId, notificationId });
  }

  async count(serviceId: string): Promise<number> {
    return this.rows.countBy({ serviceId });
  }

  private hashMatches(value: string, storedHash: string): boolean {
    const actual = Buffer.from(this.cipher.hash(value), 'hex');
    const expected = Buffer.from(storedHash, 'hex');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  /**
   * Platform-wide, for the retention purge: removes up to `batchSize` documents whose retention has
   * ended, soonest expired first, in one short transaction; returns how many.
   */
  async deleteExpiredBatch(batchSize: number, now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const ids = await lockPurgeBatch(tx, DocumentEntity, { expiresAt: LessThan(now) }, { expiresAt: 'ASC' }, batchSize);
      if (ids.length > 0) await tx.delete(DocumentEntity, { id: In(ids) });
      return ids.length;
    });
  }
}
