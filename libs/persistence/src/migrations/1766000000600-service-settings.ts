import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/**
 * Service settings from the admin UI: letter contact blocks, email branding (the logo kept in the
 * database so every API instance can serve it), data retention per channel, go-live requests, and
 * the history that purged notifications move to without their personal data (as Notify does).
 */
export class ServiceSettings1766000000600 implements MigrationInterface {
  name = 'ServiceSettings1766000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, primary = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: primary });
    const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });
    const at = (name: string, nullable = false): TableColumnOptions => ({ name, type: time, isNullable: nullable });
    const integer = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
    const service = { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] };

    await queryRunner.createTable(
      new Table({
        name: 'service_letter_contacts',
        columns: [
          ref('id', true),
          ref('service_id'),
          { name: 'contact_block', type: 'text' },
          { name: 'is_default', type: 'boolean', default: false },
          { name: 'archived', type: 'boolean', default: false },
          at('created_at'),
          at('updated_at', true),
        ],
        foreignKeys: [service],
        indices: [{ name: 'ix_service_letter_contacts_service', columnNames: ['service_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'email_brandings',
        columns: [
          ref('service_id', true),
          varchar('colour', 7, true),
          varchar('banner_text', 255, true),
          { ...varchar('logo_id', 36, true), isUnique: true },
          varchar('logo_mime_type', 32, true),
          { name: 'logo_content', type: 'text', isNullable: true },
          at('updated_at'),
        ],
        foreignKeys: [service],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'service_data_retention',
        columns: [ref('service_id', true), { ...varchar('notification_type', 16), isPrimary: true }, integer('days_of_retention'), at('updated_at')],
        foreignKeys: [service],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'go_live_requests',
        columns: [
          ref('id', true),
          ref('service_id'),
          ref('user_id'),
          { name: 'details', type: 'text' },
          varchar('status', 16),
          at('created_at'),
          varchar('decided_by', 36, true),
          at('decided_at', true),
        ],
        foreignKeys: [service, { columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'ix_go_live_requests_status_created', columnNames: ['status', 'created_at'] },
          { name: 'ix_go_live_requests_service_created', columnNames: ['service_id', 'created_at'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'notification_history',
        columns: [
          ref('id', true),
          ref('service_id'),
          ref('template_id'),
          integer('template_version'),
          { ...ref('api_key_id'), isNullable: true },
          varchar('key_type', 16),
          varchar('notification_type', 16),
          varchar('status', 32),
          varchar('provider', 64, true),
          { name: 'billable_units', type: 'integer', default: 0 },
          { name: 'international', type: 'boolean', default: false },
          { name: 'rate_multiplier', type: 'float', isNullable: true },
          varchar('postage', 16, true),
          { ...ref('job_id'), isNullable: true },
          integer('job_row_number', true),
          { ...ref('created_by_id'), isNullable: true },
          at('created_at'),
          at('sent_at', true),
          at('updated_at', true),
          at('purged_at'),
        ],
        indices: [{ name: 'ix_notification_history_service_created', columnNames: ['service_id', 'created_at'] }],
      }),
    );

    // The retention purge looks for one service's notifications of one channel older than a date.
    await queryRunner.createIndex(
      'notifications',
      new TableIndex({
        name: 'ix_notifications_service_type_created',
        columnNames: ['service_id', 'notification_type', 'created_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('notifications', 'ix_notifications_service_type_created');
    for (const table of ['notification_history', 'go_live_requests', 'service_data_retention', 'email_brandings', 'service_letter_contacts']) {
      await queryRunner.dropTable(table);
    }
  }
}
