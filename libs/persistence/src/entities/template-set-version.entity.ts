import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TemplateSetKind } from '@herald/domain';

/** One immutable published version of a template set; its variants pin their hidden templates. */
@Entity('template_set_versions')
export class TemplateSetVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  setId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: TemplateSetKind;

  @Column({ type: 'varchar', length: 255 })
  label!: string;

  @Column({ type: 'boolean', default: false })
  sensitive!: boolean;

  /** PublishedVariant[] as JSON. */
  @Column({ type: 'text' })
  variants!: string;

  /** R-CK: the TemplateCheckReport of the whole set (each variant, parity, letter pages), as JSON. */
  @Column({ type: 'text', nullable: true })
  checks!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: Date })
  createdAt!: Date;
}
