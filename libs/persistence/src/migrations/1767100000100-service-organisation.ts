import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The organisation (the department or body) a service sends for, so that a person's own view and
 * the auditor pages can name who sent a message as well as the service (R-TR-1, R-TR-3). A plain
 * name for now; a model of organisations comes later.
 */
export class ServiceOrganisation1767100000100 implements MigrationInterface {
  name = 'ServiceOrganisation1767100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('services', new TableColumn({ name: 'organisation', type: 'varchar', length: '255', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('services', 'organisation');
  }
}
