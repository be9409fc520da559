import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GuestListRecipientType } from '@herald/domain';

/** Someone outside the team a service in trial mode (or a team key) may send to. */
@Entity('service_guest_list')
export class GuestListEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 16 })
  recipientType!: GuestListRecipientType;

  /** The recipient as supplied, encrypted. */
  @Column({ type: 'text' })
  recipient!: string;

  /** A keyed hash of the normalised recipient, for look-ups. */
  @Column({ type: 'varchar', length: 64 })
  recipientHash!: string;

  @Column({ type: Date })
  createdAt!: Date;
}
