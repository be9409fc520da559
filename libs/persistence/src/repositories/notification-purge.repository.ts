import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { TemplateType } from '@herald/domain';
import { AlternativeFormatEntity } from '../entities/alternative-format.entity';
import { ComplaintEntity } from '../entities/complaint.entity';
import { LetterPdfEntity } from '../entities/letter-pdf.entity';
import { NotificationStatusChangeEntity } from '../entities/notification-status-change.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { lockPurgeBatch } from './purge-batch';

/** The columns kept after the purge: ids, statuses, counts and times, never a recipient or personalisation. */
const HISTORY_COLUMNS = [
  'id',
  'service_id',
  'template_id',
  'template_version',
  'api_key_id',
  'key_type',
  'notification_type',
  'status',
  'provider',
  'billable_units',
  'international',
  'rate_multiplier',
  'postage',
  'job_id',
  'job_row_number',
  'created_by_id',
  'created_at',
  'sent_at',
  'updated_at',
];

/**
 * Data retention: notifications past their service's retention move to `notification_history`
 * without their personal data (as Notify does), a batch at a time in one short transaction each.
 * What hangs off each notification (its status history, letter PDF, complaints and alternative-format text) is deleted
 * with it, by the batch's ids, rather than left to a cascade of unknown size.
 */
@Injectable()
export class NotificationPurgeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Moves up to `batchSize` of the service's notifications of `type` created before `before`, oldest
   * first; returns how many. Safe to run from several workers at once: each takes rows no other holds.
   */
  async moveBatchToHistory(serviceId: string, type: TemplateType, before: Date, batchSize: number, now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const where = { serviceId, notificationType: type, createdAt: LessThan(before) };
      const ids = await lockPurgeBatch(tx, NotificationEntity, where, { createdAt: 'ASC' }, batchSize);
      if (ids.length === 0) return 0;
      await tx.delete(NotificationStatusChangeEntity, { notificationId: In(ids) });
      await tx.delete(LetterPdfEntity, { notificationId: In(ids) });
      await tx.delete(ComplaintEntity, { serviceId, notificationId: In(ids) });
      // A braille, audio or easy-read letter's text is personal data too, done or not.
      await tx.delete(AlternativeFormatEntity, { notificationId: In(ids) });
      await this.moveToHistory(tx, serviceId, ids, now);
      return ids.length;
    });
  }

  /** The rows leave `notifications` and arrive in the history in the same transaction: a notification is always in one or the other. */
  private async moveToHistory(tx: EntityManager, serviceId: string, ids: readonly string[], now: Date): Promise<void> {
    const columns = HISTORY_COLUMNS.join(', ');
    if (this.dataSource.options.type === 'postgres') {
      // One statement, the ids as one array parameter: each row is read once, and the batch's
      // locks keep any other purge away from them.
      await tx.query(
        `WITH moved AS (DELETE FROM notifications WHERE service_id = $2 AND id = ANY($3::varchar[]) RETURNING ${columns})
         INSERT INTO notification_history (${columns}, purged_at) SELECT ${columns}, $1 FROM moved`,
        [now, serviceId, ids],
      );
      return;
    }
    // SQLite: no DELETE ... RETURNING inside WITH, so copy, then delete (one writer at a time keeps the two together).
    const inList = ids.map(() => '?').join(', ');
    await tx.query(
      `INSERT INTO notification_history (${columns}, purged_at) SELECT ${columns}, ? FROM notifications WHERE service_id = ? AND id IN (${inList})`,
      [now.toISOString().replace('T', ' ').replace('Z', ''), serviceId, ...ids],
    );
    await tx.delete(NotificationEntity, { serviceId, id: In(ids) });
  }
}
