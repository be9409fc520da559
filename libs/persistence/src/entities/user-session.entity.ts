import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in admin session. Only a hash of its token is stored. */
@Entity('user_sessions')
export class UserSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date })
  lastUsedAt!: Date;

  /** The absolute end, whatever the use. */
  @Column({ type: Date })
  expiresAt!: Date;
}
