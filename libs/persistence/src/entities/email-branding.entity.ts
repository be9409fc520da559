import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A service's email branding: banner colour, banner text and logo (the bytes as base64). */
@Entity('email_brandings')
export class EmailBrandingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  serviceId!: string;

  /** `#1d70b8`: lower-case hex. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  colour!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  bannerText!: string | null;

  /** A new id for every upload, so the public logo URL can be cached for good. */
  @Column({ type: 'varchar', length: 36, nullable: true, unique: true })
  logoId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  logoMimeType!: string | null;

  @Column({ type: 'text', nullable: true })
  logoContent!: string | null;

  @Column({ type: Date })
  updatedAt!: Date;
}
