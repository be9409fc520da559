import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LetterFormat } from '@herald/domain';

/** R-LF-5: a letter an operator must produce in braille, audio or easy read, with its rendered text. */
@Entity('alternative_formats')
export class AlternativeFormatEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  notificationId!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 36 })
  messageId!: string;

  @Column({ type: 'varchar', length: 16 })
  format!: LetterFormat;

  /** Encrypted. */
  @Column({ type: 'text' })
  renderedText!: string;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  doneById!: string | null;

  @Column({ type: Date, nullable: true })
  doneAt!: Date | null;
}
