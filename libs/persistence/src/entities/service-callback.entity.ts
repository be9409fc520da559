import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CallbackType } from '@herald/domain';

/** Where a service wants one type of callback (docs/api-contract.md §10); one row per service and type. */
@Entity('service_callbacks')
export class ServiceCallbackEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 32 })
  callbackType!: CallbackType;

  @Column({ type: 'text' })
  url!: string;

  /** Encrypted with FieldCipher. */
  @Column({ type: 'text' })
  bearerToken!: string;

  @Column({ type: Date })
  updatedAt!: Date;
}
