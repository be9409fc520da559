import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An invitation to join a service's team (`team`), or the link a new platform admin follows to
 * choose a password (`set-up`). Only a hash of its token is stored.
 */
@Entity('invitations')
export class InvitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'team' | 'set-up';

  /** Null for a set-up link. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  serviceId!: string | null;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 320 })
  emailAddress!: string;

  /** Comma-separated TeamPermission values. */
  @Column({ type: 'text' })
  permissions!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  invitedBy!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date })
  expiresAt!: Date;

  @Column({ type: Date, nullable: true })
  acceptedAt!: Date | null;
}
