import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/** Files sent by email (docs/api-contract.md §15.1), encrypted, each with its own retention period. */
export class Documents1765200000000 implements MigrationInterface {
  name = 'Documents1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, primary = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: primary });
    const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });
    await queryRunner.createTable(
      new Table({
        name: 'documents',
        columns: [
          ref('id', true),
          ref('service_id'),
          ref('notification_id'),
          { name: 'content', type: 'text' },
          { name: 'size_bytes', type: 'integer' },
          varchar('mime_type', 255),
          varchar('filename', 100, true),
          { name: 'confirm_email', type: 'boolean' },
          varchar('recipient_hash', 64),
          varchar('key_hash', 64),
          { name: 'expires_at', type: time },
          { name: 'created_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'ix_documents_expires_at', columnNames: ['expires_at'] },
          { name: 'ix_documents_notification', columnNames: ['notification_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('documents');
  }
}
