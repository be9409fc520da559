import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A bulk-send file that passed validation: its rows are in `upload_chunks`. */
@Entity('uploads')
export class UploadEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 36 })
  templateId!: string;

  @Column({ type: 'integer' })
  templateVersion!: number;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'integer' })
  rowCount!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: Date })
  createdAt!: Date;
}
