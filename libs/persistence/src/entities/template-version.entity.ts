import { Entity, PrimaryColumn } from 'typeorm';
import { TemplateFields } from './template-fields';

/** One immutable version of a template; notifications pin the version they were sent with. */
@Entity('template_versions')
export class TemplateVersionEntity extends TemplateFields {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  templateId!: string;

  @PrimaryColumn({ type: 'integer' })
  declare version: number;
}
