import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What an account link is for: choosing a new password, or confirming a new email address. */
export type AccountTokenPurpose = 'password-reset' | 'email-change';

/**
 * A single-use link emailed about a user's own account (migration 1767300000100). Only a hash of
 * its token is stored; a newer link of the same purpose ends the older ones.
 */
@Entity('account_tokens')
export class AccountTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  purpose!: AccountTokenPurpose;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  /** The address being confirmed (lower-cased); null for a password reset. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  newEmailAddress!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date })
  expiresAt!: Date;

  @Column({ type: Date, nullable: true })
  usedAt!: Date | null;
}
