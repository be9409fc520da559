import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/** Texts people send to a service's inbound number: the sender's number and the message encrypted at rest. */
export class InboundSms1765100000000 implements MigrationInterface {
  name = 'InboundSms1765100000000';

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
        name: 'inbound_sms',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('service_id', 36),
          varchar('notify_number', 32),
          { name: 'user_number', type: 'text' },
          varchar('user_number_hash', 64),
          { name: 'content', type: 'text' },
          varchar('provider', 64),
          varchar('provider_reference', 255, true),
          { name: 'created_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'ix_inbound_sms_service_created', columnNames: ['service_id', 'created_at', 'id'] },
          { name: 'ix_inbound_sms_provider_reference', columnNames: ['provider', 'provider_reference'], isUnique: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('inbound_sms');
  }
}
