import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A letter's PDF, rendered by a worker or uploaded as precompiled; encrypted (names and addresses). */
@Entity('letter_pdfs')
export class LetterPdfEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  notificationId!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: 'rendered' | 'uploaded';

  /** The PDF bytes as base64, encrypted with the FieldCipher. */
  @Column({ type: 'text' })
  pdf!: string;

  @Column({ type: 'integer' })
  pageCount!: number;

  @Column({ type: 'integer' })
  byteSize!: number;

  /** The daily batch it was sent to print in; null while it waits. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  printBatch!: string | null;

  @Column({ type: Date })
  createdAt!: Date;
}
