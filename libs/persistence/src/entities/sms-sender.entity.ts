import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('service_sms_senders')
export class SmsSenderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  /** Up to 11 letters and digits, or a phone number, as the service typed it. */
  @Column({ type: 'varchar', length: 255 })
  smsSender!: string;

  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;

  /** A number people can text the service on; unique across all services. */
  @Column({ type: 'varchar', length: 32, nullable: true, unique: true })
  inboundNumber!: string | null;

  /** The inbound number as E.164 digits (or as given, if it is no phone number): one number, however it is written. */
  @Column({ type: 'varchar', length: 32, nullable: true, unique: true })
  inboundNumberNormalised!: string | null;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;
}
