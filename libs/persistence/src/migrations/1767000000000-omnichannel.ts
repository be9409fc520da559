import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/**
 * Omnichannel messages (omnichannel.md §9): template sets and their published versions, messages
 * and their attempts (each an ordinary notification), the routing outbox, recipient preferences
 * with their history, and the alternative-format queue. Templates gain a language (a set's
 * variants are hidden templates), notifications the message they belong to.
 */
export class Omnichannel1767000000000 implements MigrationInterface {
  name = 'Omnichannel1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, nullable = false) => ({ name, type: 'varchar', length: '36', isNullable: nullable });
    const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });
    const short = (name: string, length: string, nullable = false) => ({ name, type: 'varchar', length, isNullable: nullable });
    const flag = (name: string) => ({ name, type: 'boolean', default: false });
    const service = { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] };

    for (const table of ['templates', 'template_versions']) {
      await queryRunner.addColumns(table, [
        new TableColumn(short('language', '16', true)),
        new TableColumn(text('welsh_subject', true)),
        new TableColumn(text('welsh_content', true)),
      ]);
    }
    await queryRunner.addColumns('notifications', [
      new TableColumn(ref('message_id', true)),
      new TableColumn(short('letter_format', '16', true)),
      new TableColumn(short('status_reason', '64', true)),
    ]);
    await queryRunner.addColumn('notification_status_events', new TableColumn(ref('message_id', true)));
    await queryRunner.addColumn('api_keys', new TableColumn(flag('respect_preferences')));

    await queryRunner.createTable(
      new Table({
        name: 'template_sets',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('service_id'),
          short('name', '255'),
          short('kind', '16'),
          short('label', '255'),
          flag('sensitive'),
          text('variants'),
          { name: 'published_version', type: 'integer', isNullable: true },
          flag('archived'),
          ref('created_by_id', true),
          { name: 'created_at', type: time },
          { name: 'updated_at', type: time, isNullable: true },
        ],
        foreignKeys: [service],
        indices: [{ name: 'ix_template_sets_service', columnNames: ['service_id', 'name'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'template_set_versions',
        columns: [
          { ...ref('set_id'), isPrimary: true },
          { name: 'version', type: 'integer', isPrimary: true },
          ref('service_id'),
          short('name', '255'),
          short('kind', '16'),
          short('label', '255'),
          flag('sensitive'),
          text('variants'),
          ref('created_by_id', true),
          { name: 'created_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['set_id'], referencedTableName: 'template_sets', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'messages',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('service_id'),
          ref('template_set_id'),
          { name: 'template_set_version', type: 'integer' },
          ref('api_key_id', true),
          short('key_type', '16'),
          text('recipient'),
          text('recipient_keys'),
          text('personalisation'),
          short('method', '16'),
          text('channels'),
          text('fallback_after'),
          short('client_reference', '1000', true),
          { name: 'scheduled_for', type: time, isNullable: true },
          short('language', '16', true),
          { name: 'delegate_may_read', type: 'boolean', default: true },
          short('status', '16'),
          short('delivered_via', '16', true),
          text('route_plan'),
          short('letter_format', '16'),
          { name: 'next_check_at', type: time, isNullable: true },
          { name: 'revision', type: 'integer', default: 0 },
          { name: 'created_at', type: time },
          { name: 'updated_at', type: time, isNullable: true },
        ],
        foreignKeys: [service],
        indices: [
          { name: 'ix_messages_service_created', columnNames: ['service_id', 'created_at'] },
          { name: 'ix_messages_next_check', columnNames: ['next_check_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'message_attempts',
        columns: [
          { ...ref('message_id'), isPrimary: true },
          { ...short('channel', '16'), isPrimary: true },
          ref('service_id'),
          ref('notification_id'),
          { name: 'created_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['message_id'], referencedTableName: 'messages', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ux_message_attempts_notification', columnNames: ['notification_id'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'message_events',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('message_id'),
          ref('notification_id', true),
          short('status', '32', true),
          { name: 'created_at', type: time },
        ],
        indices: [{ name: 'ix_message_events_created', columnNames: ['created_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'recipient_preferences',
        columns: [
          { ...short('recipient_key', '64'), isPrimary: true },
          // '' is the global layer; otherwise the service the choices are for.
          { ...short('service_id', '36'), isPrimary: true },
          text('channels'),
          flag('paper_only'),
          short('language', '16', true),
          text('format_needs'),
          text('muted_kinds'),
          short('source', '16'),
          { name: 'updated_at', type: time },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'recipient_preference_changes',
        columns: [
          { ...ref('id'), isPrimary: true },
          short('recipient_key', '64'),
          ref('service_id', true),
          short('field', '32'),
          text('old_value', true),
          text('new_value', true),
          short('source', '16'),
          ref('actor_id', true),
          { name: 'at', type: time },
        ],
        indices: [{ name: 'ix_preference_changes_key', columnNames: ['recipient_key', 'at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'alternative_formats',
        columns: [
          { ...ref('notification_id'), isPrimary: true },
          ref('service_id'),
          ref('message_id'),
          short('format', '16'),
          text('rendered_text'),
          { name: 'created_at', type: time },
          ref('done_by_id', true),
          { name: 'done_at', type: time, isNullable: true },
        ],
        foreignKeys: [service],
        indices: [{ name: 'ix_alternative_formats_open', columnNames: ['done_at', 'created_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'alternative_formats',
      'recipient_preference_changes',
      'recipient_preferences',
      'message_events',
      'message_attempts',
      'messages',
      'template_set_versions',
      'template_sets',
    ]) {
      await queryRunner.dropTable(table);
    }
    await queryRunner.dropColumn('api_keys', 'respect_preferences');
    await queryRunner.dropColumn('notification_status_events', 'message_id');
    for (const column of ['status_reason', 'letter_format', 'message_id']) await queryRunner.dropColumn('notifications', column);
    for (const table of ['template_versions', 'templates'])
      for (const column of ['welsh_content', 'welsh_subject', 'language']) await queryRunner.dropColumn(table, column);
  }
}
