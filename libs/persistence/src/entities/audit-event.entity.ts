import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who did what, when: sign-ins and every change to keys, templates, team and settings. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  serviceId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  subject!: string | null;

  /** JSON; ids and names only, never secrets or recipients' personal data. */
  @Column({ type: 'text' })
  details!: string;
}
