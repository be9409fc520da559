import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The routing outbox: an attempt's status change, written in the transaction that made it, so the
 * router hears of every bounce, failure or delivery of an attempt (and of nothing rolled back).
 */
@Entity('message_events')
export class MessageEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  messageId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  notificationId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  status!: string | null;

  @Column({ type: Date })
  createdAt!: Date;
}
