import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('services')
export class ServiceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 255, unique: true })
  name!: string;

  /** An archived service is inactive: its keys stop working. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Trial mode: may only send to its team and guest list. */
  @Column({ type: 'boolean', default: true })
  restricted!: boolean;

  /** Comma-separated ServicePermission values. */
  @Column({ type: 'text' })
  permissions!: string;

  @Column({ type: 'integer', default: 3000 })
  rateLimit!: number;

  @Column({ type: 'integer', default: 250000 })
  emailMessageLimit!: number;

  @Column({ type: 'integer', default: 250000 })
  smsMessageLimit!: number;

  @Column({ type: 'integer', default: 20000 })
  letterMessageLimit!: number;

  @Column({ type: 'integer', default: 100 })
  internationalSmsMessageLimit!: number;

  @Column({ type: 'boolean', default: false })
  prefixSms!: boolean;

  @Column({ type: 'varchar', length: 255, nullable: true })
  contactLink!: string | null;

  /** The organisation (department) the service sends for, shown to the person and to auditors. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  organisation!: string | null;

  /** R-CK: the service's CheckRuleSettings as JSON; null means Herald's defaults. */
  @Column({ type: 'text', nullable: true })
  checkRules!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;
}
