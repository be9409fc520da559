import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/**
 * The first schema, written once for both PostgreSQL and SQLite through TypeORM's Table API.
 * Timestamps are `timestamptz` on PostgreSQL (absolute instants whatever the server's time
 * zone) and `datetime` on SQLite, where TypeORM stores them as UTC text.
 */
export class InitialSchema1764230400000 implements MigrationInterface {
  name = 'InitialSchema1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const id = (name = 'id', primary = true): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: primary });
    const ref = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable });
    const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
    const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });
    const int = (name: string, defaultValue?: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'integer',
      default: defaultValue,
      isNullable: nullable,
    });
    const bool = (name: string, defaultValue: boolean): TableColumnOptions => ({ name, type: 'boolean', default: defaultValue });
    const at = (name: string, nullable = false): TableColumnOptions => ({ name, type: time, isNullable: nullable });

    await queryRunner.createTable(
      new Table({
        name: 'services',
        columns: [
          id(),
          { ...varchar('name', 255), isUnique: true },
          bool('active', true),
          bool('restricted', true),
          text('permissions'),
          int('rate_limit', 3000),
          int('email_message_limit', 250000),
          int('sms_message_limit', 250000),
          int('letter_message_limit', 20000),
          int('international_sms_message_limit', 100),
          bool('prefix_sms', false),
          varchar('contact_link', 255, true),
          at('created_at'),
          at('updated_at', true),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          { ...varchar('email_address', 320), isUnique: true },
          varchar('name', 255),
          varchar('mobile_number', 32, true),
          bool('platform_admin', false),
          at('created_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'service_users',
        columns: [id('service_id'), id('user_id'), at('created_at')],
        foreignKeys: [
          { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] },
          { columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          id(),
          ref('service_id'),
          varchar('name', 255),
          varchar('key_type', 16),
          text('secret'),
          ref('created_by_id', true),
          at('created_at'),
          at('revoked_at', true),
        ],
        foreignKeys: [{ columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['service_id'] }],
      }),
    );

    const templateColumns = (): TableColumnOptions[] => [
      ref('service_id'),
      varchar('name', 255),
      varchar('template_type', 16),
      text('subject', true),
      text('content'),
      int('version'),
      bool('archived', false),
      bool('hidden', false),
      varchar('postage', 16, true),
      text('letter_contact_block', true),
      ref('created_by_id', true),
      at('created_at'),
    ];
    await queryRunner.createTable(
      new Table({
        name: 'templates',
        columns: [id(), ...templateColumns(), at('updated_at', true)],
        foreignKeys: [{ columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['service_id', 'template_type'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'template_versions',
        columns: [id('template_id'), ...templateColumns().map((c) => (c.name === 'version' ? { ...c, isPrimary: true } : c))],
        foreignKeys: [{ columnNames: ['template_id'], referencedTableName: 'templates', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'email_reply_to_addresses',
        columns: [id(), ref('service_id'), varchar('email_address', 320), bool('is_default', false), bool('archived', false), at('created_at')],
        foreignKeys: [{ columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['service_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          id(),
          ref('service_id'),
          ref('template_id'),
          int('template_version'),
          ref('api_key_id', true),
          varchar('key_type', 16),
          varchar('notification_type', 16),
          text('recipient'),
          varchar('recipient_hash', 64),
          text('personalisation'),
          varchar('client_reference', 1000, true),
          varchar('status', 32),
          varchar('reply_to', 320, true),
          text('one_click_unsubscribe_url', true),
          varchar('provider', 64, true),
          varchar('provider_reference', 255, true),
          int('billable_units', 0),
          ref('job_id', true),
          int('job_row_number', undefined, true),
          ref('created_by_id', true),
          at('claimed_until', true),
          at('created_at'),
          at('updated_at', true),
          at('sent_at', true),
        ],
        indices: [
          { name: 'ix_notifications_service_key_type_created', columnNames: ['service_id', 'key_type', 'created_at'] },
          { name: 'ix_notifications_status_created', columnNames: ['status', 'created_at'] },
          { name: 'ix_notifications_service_reference', columnNames: ['service_id', 'client_reference'] },
          { name: 'ix_notifications_provider_reference', columnNames: ['provider_reference'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'email_reply_to_addresses', 'template_versions', 'templates', 'api_keys', 'service_users', 'users', 'services']) {
      await queryRunner.dropTable(table);
    }
  }
}
