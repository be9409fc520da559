import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Complaints about emails, from SES or the bounce mailbox. */
export class Complaints1765400000001 implements MigrationInterface {
  name = 'Complaints1765400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'complaints',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'notification_id', type: 'varchar', length: '36' },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'complaint_type', type: 'varchar', length: '64', isNullable: true },
          { name: 'complaint_date', type: time },
          { name: 'source', type: 'varchar', length: '32' },
          { name: 'created_at', type: time },
        ],
        foreignKeys: [
          { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] },
          { columnNames: ['notification_id'], referencedTableName: 'notifications', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'ix_complaints_service_date', columnNames: ['service_id', 'complaint_date'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('complaints');
  }
}
