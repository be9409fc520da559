import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The step between a correct password and a session: the second factor still to give. Only a
 * hash of its token and a keyed hash of an emailed code are stored.
 */
@Entity('sign_in_challenges')
export class SignInChallengeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  /** `totp-setup`: the user confirms a new authenticator app with its first code. */
  @Column({ type: 'varchar', length: 16 })
  method!: 'email' | 'totp' | 'totp-setup';

  @Column({ type: 'varchar', length: 64, nullable: true })
  codeHash!: string | null;

  /** The secret being set up (encrypted with the field cipher). */
  @Column({ type: 'text', nullable: true })
  totpSecret!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date })
  expiresAt!: Date;

  @Column({ type: Date, nullable: true })
  usedAt!: Date | null;
}
