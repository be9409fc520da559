import { Column } from 'typeorm';
import type { TemplateType } from '@herald/domain';

/** The columns a template and each of its versions share. */
export abstract class TemplateFields {
  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  templateType!: TemplateType;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  /** Hidden templates (such as the one behind precompiled letters) never appear in the API. */
  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  postage!: string | null;

  @Column({ type: 'text', nullable: true })
  letterContactBlock!: string | null;

  /** A template set's variant language (`en`, `cy`, `bilingual`); null for an ordinary (English) template. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  language!: string | null;

  /** A bilingual letter's Welsh subject and content, printed before the English. */
  @Column({ type: 'text', nullable: true })
  welshSubject!: string | null;

  @Column({ type: 'text', nullable: true })
  welshContent!: string | null;

  /** R-CK: the TemplateCheckReport of this version, as JSON; null before checks ran. */
  @Column({ type: 'text', nullable: true })
  checks!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: Date })
  createdAt!: Date;
}
