import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Activity and the service dashboard: every status a notification moves to, with its time (the
 * callback outbox keeps only reported statuses, and only until they are sent), and an index for
 * finding a service's notifications by recipient.
 */
export class Activity1766000000400 implements MigrationInterface {
  name = 'Activity1766000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'notification_status_history',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'notification_id', type: 'varchar', length: '36' },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'created_at', type: time },
        ],
        // The history goes with its notification (the retention purge deletes notifications).
        foreignKeys: [{ columnNames: ['notification_id'], referencedTableName: 'notifications', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_notification_status_history_notification', columnNames: ['notification_id', 'created_at'] }],
      }),
    );
    await queryRunner.createIndex(
      'notifications',
      new TableIndex({ name: 'ix_notifications_service_recipient_hash', columnNames: ['service_id', 'recipient_hash'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('notifications', 'ix_notifications_service_recipient_hash');
    await queryRunner.dropTable('notification_status_history');
  }
}
