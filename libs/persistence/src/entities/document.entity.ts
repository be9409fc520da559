import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file sent by email (docs/api-contract.md §15.1): stored encrypted until its retention period ends. */
@Entity('documents')
export class DocumentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 36 })
  notificationId!: string;

  /** The bytes, base64 then encrypted with the field cipher. */
  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 255 })
  mimeType!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  filename!: string | null;

  /** The recipient must type their email address before downloading. */
  @Column({ type: 'boolean' })
  confirmEmail!: boolean;

  /** Keyed hash of the recipient's normalised email address, to check what they type. */
  @Column({ type: 'varchar', length: 64 })
  recipientHash!: string;

  /** Keyed hash of the secret in the download link; the secret itself is never stored. */
  @Column({ type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ type: Date })
  expiresAt!: Date;

  @Column({ type: Date })
  createdAt!: Date;
}
