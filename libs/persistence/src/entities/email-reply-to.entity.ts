import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('email_reply_to_addresses')
export class EmailReplyToEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 320 })
  emailAddress!: string;

  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @Column({ type: Date })
  createdAt!: Date;
}
