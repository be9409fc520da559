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

  /** Comma-separated TeamPermission values. */
  @Column({ type: 'text', default: 'send_messages,manage_templates,manage_service,manage_api_keys,view_dashboard' })
  permissions!: string;
}
