import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stored lower-cased, so look-ups and the trial-mode check match any spelling. */
  @Column({ type: 'varchar', length: 320, unique: true })
  emailAddress!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  mobileNumber!: string | null;

  @Column({ type: 'boolean', default: false })
  platformAdmin!: boolean;

  @Column({ type: Date })
  createdAt!: Date;
}
