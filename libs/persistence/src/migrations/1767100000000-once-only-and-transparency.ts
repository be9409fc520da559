import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/**
 * Plain content, once-only look-ups and a person's own view (omnichannel.md §9.5–9.7): check
 * reports on template versions and sets, per-service check rules, registers and the purposes a
 * service may use them for, the purpose log, messages addressed by identifier (with what a
 * look-up found, purged with the content), an index of messages by recipient key for the
 * citizen's `/me`, and the auditor role.
 */
export class OnceOnlyAndTransparency1767100000000 implements MigrationInterface {
  name = 'OnceOnlyAndTransparency1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, nullable = false) => ({ name, type: 'varchar', length: '36', isNullable: nullable });
    const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });
    const short = (name: string, length: string, nullable = false) => ({ name, type: 'varchar', length, isNullable: nullable });
    const flag = (name: string) => ({ name, type: 'boolean', default: false });

    for (const table of ['templates', 'template_versions', 'template_sets', 'template_set_versions']) {
      await queryRunner.addColumn(table, new TableColumn(text('checks', true)));
    }
    await queryRunner.addColumn('services', new TableColumn(text('check_rules', true)));
    await queryRunner.addColumn('users', new TableColumn(flag('auditor')));
    await queryRunner.addColumns('messages', [
      new TableColumn(text('identifier', true)),
      new TableColumn(short('purpose', '64', true)),
      new TableColumn(short('register_name', '64', true)),
      new TableColumn(text('looked_up', true)),
      new TableColumn({ name: 'lookup_tries', type: 'integer', default: 0 }),
      new TableColumn(short('status_reason', '64', true)),
      new TableColumn({ name: 'content_purged_at', type: time, isNullable: true }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'message_recipients',
        columns: [
          { ...short('recipient_key', '128'), isPrimary: true },
          { ...ref('message_id'), isPrimary: true },
          ref('service_id'),
          { name: 'created_at', type: time },
        ],
        indices: [
          { name: 'ix_message_recipients_key_created', columnNames: ['recipient_key', 'created_at'] },
          { name: 'ix_message_recipients_message', columnNames: ['message_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'registers',
        columns: [
          { ...short('name', '64'), isPrimary: true },
          short('adapter', '16'),
          text('settings'),
          { name: 'created_at', type: time },
          { name: 'updated_at', type: time, isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'service_register_purposes',
        columns: [
          { ...ref('service_id'), isPrimary: true },
          { ...short('register_name', '64'), isPrimary: true },
          { ...short('purpose', '64'), isPrimary: true },
          short('citizen_label', '255'),
          flag('report_undeliverable'),
          { name: 'created_at', type: time },
        ],
        foreignKeys: [
          { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] },
          { columnNames: ['register_name'], referencedTableName: 'registers', referencedColumnNames: ['name'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'purpose_log',
        columns: [
          { ...ref('id'), isPrimary: true },
          { name: 'at', type: time },
          ref('service_id'),
          short('register_name', '64'),
          short('recipient_key', '128'),
          short('purpose', '64'),
          short('purpose_label', '255'),
          ref('message_id', true),
          text('fields_requested'),
          text('fields_returned'),
          short('outcome', '16'),
          short('request_hash', '128', true),
        ],
        indices: [
          { name: 'ix_purpose_log_key_at', columnNames: ['recipient_key', 'at'] },
          { name: 'ix_purpose_log_service_at', columnNames: ['service_id', 'at'] },
          { name: 'ix_purpose_log_at', columnNames: ['at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['purpose_log', 'service_register_purposes', 'registers', 'message_recipients']) await queryRunner.dropTable(table);
    for (const column of ['content_purged_at', 'status_reason', 'lookup_tries', 'looked_up', 'register_name', 'purpose', 'identifier']) {
      await queryRunner.dropColumn('messages', column);
    }
    await queryRunner.dropColumn('users', 'auditor');
    await queryRunner.dropColumn('services', 'check_rules');
    for (const table of ['template_set_versions', 'template_sets', 'template_versions', 'templates']) await queryRunner.dropColumn(table, 'checks');
  }
}
