import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** The admin's received text messages: a service's texts grouped by the (hashed) number they came from. */
export class InboundConversations1767300000600 implements MigrationInterface {
  name = 'InboundConversations1767300000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'inbound_sms',
      new TableIndex({ name: 'ix_inbound_sms_service_user_number', columnNames: ['service_id', 'user_number_hash', 'created_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('inbound_sms', 'ix_inbound_sms_service_user_number');
  }
}
