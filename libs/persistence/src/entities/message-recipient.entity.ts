import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which messages were addressed to a recipient key: how a person's own `/me` finds them across services (R-TR-1). */
@Entity('message_recipients')
export class MessageRecipientEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  recipientKey!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  messageId!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: Date })
  createdAt!: Date;
}
