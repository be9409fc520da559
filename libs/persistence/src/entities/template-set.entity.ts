import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TemplateSetKind } from '@herald/domain';

/** A template set's draft (variants as JSON) and the version messages use (`publishedVersion`). */
@Entity('template_sets')
export class TemplateSetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

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

  /** TemplateSetVariant[] as JSON. */
  @Column({ type: 'text' })
  variants!: string;

  /** R-CK: the TemplateCheckReport of the whole set (each variant, parity, letter pages), as JSON. */
  @Column({ type: 'text', nullable: true })
  checks!: string | null;

  @Column({ type: 'integer', nullable: true })
  publishedVersion!: number | null;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;
}
