import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { KeyType, NotificationStatus, TemplateType } from '@herald/domain';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 36 })
  templateId!: string;

  @Column({ type: 'integer' })
  templateVersion!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  apiKeyId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  keyType!: KeyType;

  @Column({ type: 'varchar', length: 16 })
  notificationType!: TemplateType;

  /** The recipient as supplied, encrypted. */
  @Column({ type: 'text' })
  recipient!: string;

  /** A keyed hash of the normalised recipient, so activity can be searched without decrypting. */
  @Column({ type: 'varchar', length: 64 })
  recipientHash!: string;

  /** Personalisation (after sanitising) as encrypted JSON. */
  @Column({ type: 'text' })
  personalisation!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  clientReference!: string | null;

  @Column({ type: 'varchar', length: 32 })
  status!: NotificationStatus;

  @Column({ type: 'varchar', length: 320, nullable: true })
  replyTo!: string | null;

  @Column({ type: 'text', nullable: true })
  oneClickUnsubscribeUrl!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  provider!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  providerReference!: string | null;

  @Column({ type: 'integer', default: 0 })
  billableUnits!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  jobId!: string | null;

  @Column({ type: 'integer', nullable: true })
  jobRowNumber!: number | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  /** A worker holds the notification until this time while it hands it to a provider. */
  @Column({ type: Date, nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;

  @Column({ type: Date, nullable: true })
  sentAt!: Date | null;
}
