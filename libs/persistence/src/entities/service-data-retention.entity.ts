import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TemplateType } from '@herald/domain';

/** How many days a service keeps notifications of one channel; no row means the default (7). */
@Entity('service_data_retention')
export class ServiceDataRetentionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  serviceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  notificationType!: TemplateType;

  @Column({ type: 'integer' })
  daysOfRetention!: number;

  @Column({ type: Date })
  updatedAt!: Date;
}
