import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PreferenceSource } from '@herald/domain';

/** One layer of a person's choices: global (`serviceId` '') or for one service. Never their address. */
@Entity('recipient_preferences')
export class RecipientPreferenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  recipientKey!: string;

  /** '' for the global layer. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  serviceId!: string;

  /** ChannelSwitches as JSON. */
  @Column({ type: 'text' })
  channels!: string;

  @Column({ type: 'boolean', default: false })
  paperOnly!: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  language!: string | null;

  /** FormatNeed[] as JSON. */
  @Column({ type: 'text' })
  formatNeeds!: string;

  /** MutableKind[] as JSON (per-service layer). */
  @Column({ type: 'text' })
  mutedKinds!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: PreferenceSource;

  @Column({ type: Date })
  updatedAt!: Date;
}
