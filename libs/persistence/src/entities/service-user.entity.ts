import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A team member of a service. */
@Entity('service_users')
export class ServiceUserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  serviceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: Date })
  createdAt!: Date;
}
