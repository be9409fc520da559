import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TemplateFields } from './template-fields';

/** The current version of a template. Every change also writes a TemplateVersionEntity. */
@Entity('templates')
export class TemplateEntity extends TemplateFields {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;

  /** The admin's folder for this template (not versioned); null at the top level. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  folderId!: string | null;
}
