import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Bulk sends: a time to start (scheduled sends), the worker's reason for giving up, and the rows a cancel stopped. */
export class JobSchedule1767300000200 implements MigrationInterface {
  name = 'JobSchedule1767300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.addColumns('jobs', [
      new TableColumn({ name: 'scheduled_for', type: time, isNullable: true }),
      new TableColumn({ name: 'failure_reason', type: 'varchar', length: '255', isNullable: true }),
      new TableColumn({ name: 'rows_cancelled', type: 'integer', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('jobs', 'rows_cancelled');
    await queryRunner.dropColumn('jobs', 'failure_reason');
    await queryRunner.dropColumn('jobs', 'scheduled_for');
  }
}
