import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A recipient marked an email as spam (SES complaint, or an ARF report to the bounce mailbox). */
@Entity('complaints')
export class ComplaintEntity {
  /** Derived from the report, so the same report stored twice is one complaint. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  notificationId!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  /** The provider's feedback type, e.g. `abuse`; null when it gave none. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  complaintType!: string | null;

  @Column({ type: Date })
  complaintDate!: Date;

  /** Where the complaint came from: `ses` or `bounce-mailbox`. */
  @Column({ type: 'varchar', length: 32 })
  source!: string;

  @Column({ type: Date })
  createdAt!: Date;
}
