import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/** Callback settings per service (token encrypted at rest) and the outbox of callbacks to send. */
export class ServiceCallbacks1765300000000 implements MigrationInterface {
  name = 'ServiceCallbacks1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });
    await queryRunner.createTable(
      new Table({
        name: 'service_callbacks',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('service_id', 36),
          varchar('callback_type', 32),
          { name: 'url', type: 'text' },
          { name: 'bearer_token', type: 'text' },
          { name: 'updated_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] }],
        indices: [{ name: 'ux_service_callbacks_service_type', columnNames: ['service_id', 'callback_type'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_status_events',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('service_id', 36),
          varchar('callback_type', 32),
          varchar('notification_id', 36, true),
          varchar('inbound_sms_id', 36, true),
          varchar('status', 32, true),
          { name: 'occurred_at', type: time, isNullable: true },
          { name: 'created_at', type: time },
        ],
        indices: [{ name: 'ix_notification_status_events_created', columnNames: ['created_at', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notification_status_events');
    await queryRunner.dropTable('service_callbacks');
  }
}
