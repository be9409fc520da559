import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JobStatus } from '@herald/domain';

/** A bulk send: one notification per row of an upload. */
@Entity('jobs')
export class JobEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 36 })
  templateId!: string;

  @Column({ type: 'integer' })
  templateVersion!: number;

  @Column({ type: 'varchar', length: 36 })
  uploadId!: string;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'integer' })
  rowCount!: number;

  /** Rows the worker has turned into notifications. */
  @Column({ type: 'integer', default: 0 })
  rowsProcessed!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: JobStatus;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  startedAt!: Date | null;

  @Column({ type: Date, nullable: true })
  finishedAt!: Date | null;

  /** A scheduled send's start (status `scheduled` until then). */
  @Column({ type: Date, nullable: true })
  scheduledFor!: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  failureReason!: string | null;

  @Column({ type: 'integer', nullable: true })
  rowsCancelled!: number | null;
}
