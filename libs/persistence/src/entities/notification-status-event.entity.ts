import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CallbackType } from '@herald/domain';

/**
 * The callback outbox: a row written in the same transaction as the change it reports (a final
 * status, a received text, a complaint). A worker turns each into a callback job and deletes it.
 */
@Entity('notification_status_events')
export class NotificationStatusEventEntity {
  /** Also the callback job's id, so queuing an event twice sends one callback. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 32 })
  callbackType!: CallbackType;

  /** Delivery status and complaint events. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  notificationId!: string | null;

  /** Message-status events (omnichannel messages). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  messageId!: string | null;

  /** Inbound SMS events. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  inboundSmsId!: string | null;

  /** Delivery status events: the status the notification reached. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  status!: string | null;

  /** Complaint events: when the recipient complained. */
  @Column({ type: Date, nullable: true })
  occurredAt!: Date | null;

  @Column({ type: Date })
  createdAt!: Date;
}
