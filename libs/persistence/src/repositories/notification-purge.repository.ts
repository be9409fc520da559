import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { TemplateType } from '@herald/domain';
import { ComplaintEntity } from '../entities/complaint.entity';
import { NotificationEntity } from '../entities/notification.entity';

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
 * without their personal data (as Notify does), a batch at a time in one transaction each. Their
 * letter PDFs go with them (cascade) and so do complaints about them, which point at the row.
 */
@Injectable()
export class NotificationPurgeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Moves up to `batchSize` of the service's notifications of `type` created before `before`; returns how many. */
  async moveBatchToHistory(serviceId: string, type: TemplateType, before: Date, batchSize: number, now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.getRepository(NotificationEntity).find({
        select: { id: true },
        where: { serviceId, notificationType: type, createdAt: LessThan(before) },
        order: { createdAt: 'ASC', id: 'ASC' },
        take: batchSize,
      });
      const ids = rows.map((row) => row.id);
      if (ids.length === 0) return 0;
      await this.copyToHistory(tx, ids, now);
      await tx.delete(ComplaintEntity, { serviceId, notificationId: In(ids) });
      await tx.delete(NotificationEntity, { serviceId, id: In(ids) });
      return ids.length;
    });
  }

  private async copyToHistory(tx: EntityManager, ids: readonly string[], now: Date): Promise<void> {
    const postgres = this.dataSource.options.type === 'postgres';
    const placeholder = (i: number): string => (postgres ? `$${i + 1}` : '?');
    const columns = HISTORY_COLUMNS.join(', ');
    const inList = ids.map((_id, i) => placeholder(i + 1)).join(', ');
    // The same transaction deletes the rows: a notification is either in one table or the other.
    await tx.query(`INSERT INTO notification_history (${columns}, purged_at) SELECT ${columns}, ${placeholder(0)} FROM notifications WHERE id IN (${inList})`, [
      postgres ? now : now.toISOString().replace('T', ' ').replace('Z', ''),
      ...ids,
    ]);
  }
}
