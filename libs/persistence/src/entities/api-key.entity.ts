import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { KeyType } from '@herald/domain';

@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  keyType!: KeyType;

  /** Encrypted: HMAC verification needs the secret itself, so it cannot be a hash. */
  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  revokedAt!: Date | null;

  /** R-API-7: only a key with this opt-in applies recipient preferences to v2 sends. */
  @Column({ type: 'boolean', default: false })
  respectPreferences!: boolean;
}
