import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A contact block (address, phone) a service prints at the top right of its letters; one is the default. */
@Entity('service_letter_contacts')
export class ServiceLetterContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'text' })
  contactBlock!: string;

  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;
}
