import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { NewComplaintReport, StoredComplaint } from '@herald/domain';
import { ComplaintEntity } from '../entities/complaint.entity';
import { addCallbackEvent } from './callback-outbox';

/**
 * Complaints about emails. Recording one also writes the complaint callback to the outbox in the
 * same transaction (the callback's complaint_id is the complaint's id), so it is sent exactly once.
 */
@Injectable()
export class ComplaintRepository {
  private readonly rows: Repository<ComplaintEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = dataSource.getRepository(ComplaintEntity);
  }

  /** Says whether the complaint is new (false: this report was already recorded). */
  async record(report: NewComplaintReport, at = new Date()): Promise<boolean> {
    const id = complaintId(report.source, report.reportKey);
    return this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(ComplaintEntity, { id })) return false;
      // Two copies of a report racing here both insert-or-ignore the same ids: still one complaint, one callback.
      await tx
        .createQueryBuilder()
        .insert()
        .into(ComplaintEntity)
        .values({
          id,
          notificationId: report.notificationId,
          serviceId: report.serviceId,
          complaintType: report.complaintType,
          complaintDate: report.complaintDate,
          source: report.source,
          createdAt: at,
        })
        .orIgnore()
        .execute();
      await addCallbackEvent(tx, {
        id,
        serviceId: report.serviceId,
        callbackType: 'complaint',
        notificationId: report.notificationId,
        occurredAt: report.complaintDate,
      });
      return true;
    });
  }

  async findByNotification(serviceId: string, notificationId: string): Promise<StoredComplaint[]> {
    return this.rows.find({ where: { serviceId, notificationId }, order: { complaintDate: 'ASC' } });
  }
}

/** A uuid-shaped id derived from the report, so a repeated report maps to the same complaint. */
function complaintId(source: string, key: string): string {
  const hex = createHash('sha256').update(`${source}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
