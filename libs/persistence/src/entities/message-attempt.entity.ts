import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MessageChannel } from '@herald/domain';

/** R-RT-4: (message, channel) is the key, so a channel is attempted at most once per message. */
@Entity('message_attempts')
export class MessageAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  messageId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  channel!: MessageChannel;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  /** The attempt's notification: chosen before it is stored, so a repeated attempt writes the same row. */
  @Column({ type: 'varchar', length: 36 })
  notificationId!: string;

  @Column({ type: Date })
  createdAt!: Date;
}
