import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Consecutive rows of an upload, as encrypted JSON. */
@Entity('upload_chunks')
export class UploadChunkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  uploadId!: string;

  @PrimaryColumn({ type: 'integer' })
  chunkIndex!: number;

  @Column({ type: 'integer' })
  firstRowNumber!: number;

  @Column({ type: 'integer' })
  rowCount!: number;

  @Column({ type: 'text' })
  data!: string;
}
