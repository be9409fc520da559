import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A register a service may ask, and for which purpose; anything else is refused before a look-up. */
@Entity('service_register_purposes')
export class ServiceRegisterPurposeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  serviceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  registerName!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  purpose!: string;

  @Column({ type: 'varchar', length: 255 })
  citizenLabel!: string;

  @Column({ type: 'boolean', default: false })
  reportUndeliverable!: boolean;

  @Column({ type: Date })
  createdAt!: Date;
}
