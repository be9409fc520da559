import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Retention deletes a batch's complaints by notification and a message's events by message: without
 * these indexes each batch read the whole of either table.
 */
export class PurgeIndexes1767200000000 implements MigrationInterface {
  name = 'PurgeIndexes1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('complaints', new TableIndex({ name: 'ix_complaints_notification', columnNames: ['notification_id'] }));
    await queryRunner.createIndex('message_events', new TableIndex({ name: 'ix_message_events_message', columnNames: ['message_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('message_events', 'ix_message_events_message');
    await queryRunner.dropIndex('complaints', 'ix_complaints_notification');
  }
}
