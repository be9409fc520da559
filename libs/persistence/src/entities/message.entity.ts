import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { KeyType, LetterFormat, MessageChannel, MessageStatus, RoutingMethod } from '@herald/domain';

/** An omnichannel message. Recipient and personalisation are encrypted; lists and plans are JSON. */
@Entity('messages')
export class MessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 36 })
  templateSetId!: string;

  @Column({ type: 'integer' })
  templateSetVersion!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  apiKeyId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  keyType!: KeyType;

  /** MessageRecipient as encrypted JSON. */
  @Column({ type: 'text' })
  recipient!: string;

  /** The recipient's keys (keyed hashes) as JSON. */
  @Column({ type: 'text' })
  recipientKeys!: string;

  /** Encrypted JSON. */
  @Column({ type: 'text' })
  personalisation!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: RoutingMethod;

  @Column({ type: 'text' })
  channels!: string;

  @Column({ type: 'text' })
  fallbackAfter!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  clientReference!: string | null;

  @Column({ type: Date, nullable: true })
  scheduledFor!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  language!: string | null;

  @Column({ type: 'boolean', default: true })
  delegateMayRead!: boolean;

  @Column({ type: 'varchar', length: 16 })
  status!: MessageStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  deliveredVia!: MessageChannel | null;

  /** RouteStep[] as JSON. */
  @Column({ type: 'text' })
  routePlan!: string;

  @Column({ type: 'varchar', length: 16 })
  letterFormat!: LetterFormat;

  @Column({ type: Date, nullable: true })
  nextCheckAt!: Date | null;

  /** Bumped by every routing change: a change made from a stale read is refused and routed again. */
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  /** R-OO: RecipientIdentifier as encrypted JSON, for a recipient named by identifier. */
  @Column({ type: 'text', nullable: true })
  identifier!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  purpose!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  registerName!: string | null;

  /** What the register returned (ContactDetails), encrypted JSON; purged with the content (R-OO-2). */
  @Column({ type: 'text', nullable: true })
  lookedUp!: string | null;

  @Column({ type: 'integer', default: 0 })
  lookupTries!: number;

  /** Why the message ended as it did, when one reason explains it (`lookup_not_found`, `recipient_paper_only`...). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  statusReason!: string | null;

  /** When the recipient and personalisation were purged (R-TR-2): the metadata stays. */
  @Column({ type: Date, nullable: true })
  contentPurgedAt!: Date | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;
}
