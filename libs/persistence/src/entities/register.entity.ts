import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegisterAdapter } from '@herald/domain';

/** A register the platform can look contact details up in (R-OO-1). */
@Entity('registers')
export class RegisterEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  adapter!: RegisterAdapter;

  /** The adapter's settings (URLs, client ids, tokens), encrypted JSON. */
  @Column({ type: 'text' })
  settings!: string;

  @Column({ type: Date })
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  updatedAt!: Date | null;
}
