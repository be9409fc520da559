import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A text someone sent to a service's inbound number. */
@Entity('inbound_sms')
export class InboundSmsEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  /** The service's inbound number, as stored on its SMS sender. */
  @Column({ type: 'varchar', length: 32 })
  notifyNumber!: string;

  /** Encrypted with FieldCipher. */
  @Column({ type: 'text' })
  userNumber!: string;

  /** Keyed hash of the normalised number, to find a person's texts without decrypting. */
  @Column({ type: 'varchar', length: 64 })
  userNumberHash!: string;

  /** Encrypted with FieldCipher. */
  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'varchar', length: 64 })
  provider!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  providerReference!: string | null;

  @Column({ type: Date })
  createdAt!: Date;
}
