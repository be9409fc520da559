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

  /** Texts: the sender the message goes out from (as the service wrote it). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  smsSender!: string | null;

  /** Texts: the number is outside the UK proper (Crown dependencies included). */
  @Column({ type: 'boolean', default: false })
  international!: boolean;

  /** Texts: the billing prefix of the number, e.g. `44` or `1664`. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  phonePrefix!: string | null;

  /** Texts: fragments × multiplier × SMS rate is the cost. */
  @Column({ type: 'float', nullable: true })
  rateMultiplier!: number | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  jobId!: string | null;

  @Column({ type: 'integer', nullable: true })
  jobRowNumber!: number | null;

  /** Letters: first, second, economy, europe or rest-of-world. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  postage!: string | null;

  /** Letters: the internal 16-character reference (not the client reference). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  letterReference!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  /** A worker holds the notification until this time while it hands it to a provider. */
  @Column({ type: Date, nullable: true })
  claimedUntil!: Date | null;

  /** The BullMQ token of the job attempt that holds the claim: another attempt may take it over once that one lost the job. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  claimToken!: string | null;

  /** The omnichannel message this notification is an attempt of, if any. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  messageId!: string | null;

  /** A letter attempt's format for its recipient (`large_print`, …); null: standard. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  letterFormat!: string | null;

  /** Why a notification ended as it did when Notify's status alone does not say (`recipient_preference`). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  statusReason!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;

  @Column({ type: Date, nullable: true })
  sentAt!: Date | null;
}
