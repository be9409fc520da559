import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GoLiveRequestStatus } from '@herald/domain';

/** A trial service asking to go live; an operator approves or rejects it. */
@Entity('go_live_requests')
export class GoLiveRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  /** Who asked. */
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  /** JSON: expected yearly volumes per channel. */
  @Column({ type: 'text' })
  details!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: GoLiveRequestStatus;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedBy!: string | null;

  @Column({ type: Date, nullable: true })
  decidedAt!: Date | null;
}
