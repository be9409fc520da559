import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationStatus } from '@herald/domain';

/** One status a notification moved to, written in the same transaction as the move. */
@Entity('notification_status_history')
export class NotificationStatusChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  notificationId!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: NotificationStatus;

  @Column({ type: Date })
  createdAt!: Date;
}
