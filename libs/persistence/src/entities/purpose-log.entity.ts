import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LookupOutcome } from '@herald/domain';

/** R-OO-3: one look-up in a register. Field names only, never values. */
@Entity('purpose_log')
export class PurposeLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: Date })
  at!: Date;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 64 })
  registerName!: string;

  @Column({ type: 'varchar', length: 128 })
  recipientKey!: string;

  @Column({ type: 'varchar', length: 64 })
  purpose!: string;

  @Column({ type: 'varchar', length: 255 })
  purposeLabel!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  messageId!: string | null;

  /** ContactField[] as JSON. */
  @Column({ type: 'text' })
  fieldsRequested!: string;

  /** ContactField[] as JSON. */
  @Column({ type: 'text' })
  fieldsReturned!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: LookupOutcome;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestHash!: string | null;
}
