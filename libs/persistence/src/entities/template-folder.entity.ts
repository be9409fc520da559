import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A folder of a service's templates; folders nest through `parentId` (null at the top). */
@Entity('template_folders')
export class TemplateFolderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @Column({ type: Date })
  createdAt!: Date;
}
