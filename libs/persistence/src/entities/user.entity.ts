import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stored lower-cased, so look-ups and the trial-mode check match any spelling. */
  @Column({ type: 'varchar', length: 320, unique: true })
  emailAddress!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  mobileNumber!: string | null;

  @Column({ type: 'boolean', default: false })
  platformAdmin!: boolean;

  /** Read-only oversight across services (a data-protection officer): purpose logs, audit events, figures; never content. */
  @Column({ type: 'boolean', default: false })
  auditor!: boolean;

  @Column({ type: Date })
  createdAt!: Date;

  /** bcrypt; null until the user has chosen a password (an invited or set-up user). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  passwordHash!: string | null;

  /** The second factor: a code by email, or an authenticator app (TOTP). */
  @Column({ type: 'varchar', length: 8, default: 'email' })
  authType!: 'email' | 'totp';

  /** Encrypted with the field cipher. */
  @Column({ type: 'text', nullable: true })
  totpSecret!: string | null;

  @Column({ type: 'integer', default: 0 })
  failedSignInCount!: number;

  @Column({ type: Date, nullable: true })
  lockedUntil!: Date | null;

  /** `pending` until the user has chosen a password. */
  @Column({ type: 'varchar', length: 16, default: 'active' })
  state!: 'pending' | 'active';

  @Column({ type: Date, nullable: true })
  lastSignedInAt!: Date | null;

  /** The TOTP time step of the last code accepted: a code works once (migration 1766000000100). */
  @Column({ type: 'integer', nullable: true })
  totpLastStep!: number | null;
}
