import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Letters: postage and the internal 16-character reference on each notification, and the
 * letter PDFs (rendered or uploaded), encrypted, with the print batch each went out in.
 */
export class Letters1765000000000 implements MigrationInterface {
  name = 'Letters1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.addColumns('notifications', [
      new TableColumn({ name: 'postage', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'letter_reference', type: 'varchar', length: '16', isNullable: true }),
    ]);
    await queryRunner.createIndex('notifications', new TableIndex({ name: 'ix_notifications_type_status', columnNames: ['notification_type', 'status'] }));

    await queryRunner.createTable(
      new Table({
        name: 'letter_pdfs',
        columns: [
          { name: 'notification_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'pdf', type: 'text' },
          { name: 'page_count', type: 'integer' },
          { name: 'byte_size', type: 'integer' },
          { name: 'print_batch', type: 'varchar', length: '64', isNullable: true },
          { name: 'created_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['notification_id'], referencedTableName: 'notifications', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_letter_pdfs_print_batch', columnNames: ['print_batch'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('letter_pdfs');
    await queryRunner.dropIndex('notifications', 'ix_notifications_type_status');
    await queryRunner.dropColumn('notifications', 'letter_reference');
    await queryRunner.dropColumn('notifications', 'postage');
  }
}
