import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationStatus } from '@herald/domain';
import { NotificationStatusChangeEntity } from '../entities/notification-status-change.entity';
import { NotificationEntity } from '../entities/notification.entity';

/** A status a notification moved to, and when. */
export interface StatusChange {
  readonly status: NotificationStatus;
  readonly at: Date;
}

/** A notification's history and bulk-send row, as its page shows them (the search is NotificationSearchRepository's). Every query takes the service's id. */
@Injectable()
export class NotificationActivityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every status the notification moved to after `created`, oldest first. */
  async statusHistory(serviceId: string, notificationId: string): Promise<StatusChange[]> {
    const rows = await this.dataSource.getRepository(NotificationStatusChangeEntity).find({
      where: { serviceId, notificationId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => ({ status: r.status, at: r.createdAt }));
  }

  /** A bulk send's row number of the notification (null when it was not a bulk send's). */
  async jobRowNumber(serviceId: string, notificationId: string): Promise<number | null> {
    const row = await this.dataSource
      .getRepository(NotificationEntity)
      .findOne({ select: { id: true, jobRowNumber: true }, where: { serviceId, id: notificationId } });
    return row?.jobRowNumber ?? null;
  }
}
