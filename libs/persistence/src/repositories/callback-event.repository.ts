import { Injectable } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import type { CallbackType } from '@herald/domain';
import { NotificationStatusEventEntity } from '../entities/notification-status-event.entity';
import { addCallbackEvent } from './callback-outbox';

/** An outbox row waiting to become a callback job. */
export interface CallbackEvent {
  readonly id: string;
  readonly serviceId: string;
  readonly callbackType: CallbackType;
  readonly notificationId: string | null;
  readonly inboundSmsId: string | null;
  readonly messageId: string | null;
  readonly status: string | null;
  readonly occurredAt: Date | null;
  readonly createdAt: Date;
}

export interface NewComplaint {
  readonly serviceId: string;
  readonly notificationId: string;
  /** Stable per complaint (e.g. the provider's feedback id as a uuid), so a repeated report is sent once. */
  readonly complaintId: string;
  readonly complainedAt: Date;
}

/**
 * The callback outbox. Status changes and received texts are written by their own repositories in
 * the same transaction; complaints change no status, so they are recorded here.
 */
@Injectable()
export class CallbackEventRepository {
  private readonly rows: Repository<NotificationStatusEventEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = dataSource.getRepository(NotificationStatusEventEntity);
  }

  /** Queues a complaint callback for the service (sent only if it has a complaint callback). */
  async recordComplaint(complaint: NewComplaint): Promise<void> {
    await addCallbackEvent(this.dataSource.manager, {
      id: complaint.complaintId,
      serviceId: complaint.serviceId,
      callbackType: 'complaint',
      notificationId: complaint.notificationId,
      occurredAt: complaint.complainedAt,
    });
  }

  /** Platform-wide, oldest first, for the drain. */
  async oldest(limit: number): Promise<CallbackEvent[]> {
    return this.rows.find({ order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
  }

  async findById(serviceId: string, id: string): Promise<CallbackEvent | null> {
    return this.rows.findOneBy({ id, serviceId });
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.rows.delete({ id: In([...ids]) });
  }
}
