import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions } from 'typeorm';

/**
 * Text messages: a service's SMS senders (with the inbound number people can text), its guest
 * list for trial mode and team keys, and the SMS facts stored on each notification.
 */
export class SmsSendersGuestList1764900000000 implements MigrationInterface {
  name = 'SmsSendersGuestList1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, primary = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: primary });
    const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });
    const bool = (name: string, defaultValue: boolean): TableColumnOptions => ({ name, type: 'boolean', default: defaultValue });
    const at = (name: string, nullable = false): TableColumnOptions => ({ name, type: time, isNullable: nullable });
    const service = { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] };

    await queryRunner.createTable(
      new Table({
        name: 'service_sms_senders',
        columns: [
          ref('id', true),
          ref('service_id'),
          varchar('sms_sender', 255),
          bool('is_default', false),
          { ...varchar('inbound_number', 32, true), isUnique: true },
          { ...varchar('inbound_number_normalised', 32, true), isUnique: true },
          bool('archived', false),
          at('created_at'),
          at('updated_at', true),
        ],
        foreignKeys: [service],
        indices: [{ columnNames: ['service_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'service_guest_list',
        columns: [
          ref('id', true),
          ref('service_id'),
          varchar('recipient_type', 16),
          { name: 'recipient', type: 'text' },
          varchar('recipient_hash', 64),
          at('created_at'),
        ],
        foreignKeys: [service],
        uniques: [{ name: 'uq_service_guest_list_recipient', columnNames: ['service_id', 'recipient_type', 'recipient_hash'] }],
      }),
    );

    await queryRunner.addColumns('notifications', [
      new TableColumn(varchar('sms_sender', 255, true)),
      new TableColumn({ name: 'international', type: 'boolean', default: false }),
      new TableColumn(varchar('phone_prefix', 8, true)),
      new TableColumn({ name: 'rate_multiplier', type: 'float', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['rate_multiplier', 'phone_prefix', 'international', 'sms_sender']) await queryRunner.dropColumn('notifications', column);
    await queryRunner.dropTable('service_guest_list');
    await queryRunner.dropTable('service_sms_senders');
  }
}
