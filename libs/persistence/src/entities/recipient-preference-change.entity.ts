import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PreferenceSource } from '@herald/domain';

/** R-PR-1: every change to a person's choices, with the old and new value. */
@Entity('recipient_preference_changes')
export class RecipientPreferenceChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  recipientKey!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  serviceId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  field!: string;

  /** JSON. */
  @Column({ type: 'text', nullable: true })
  oldValue!: string | null;

  /** JSON. */
  @Column({ type: 'text', nullable: true })
  newValue!: string | null;

  @Column({ type: 'varchar', length: 16 })
  source!: PreferenceSource;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: Date })
  at!: Date;
}
