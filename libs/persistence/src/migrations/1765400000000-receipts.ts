import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** Lets the 72-hour sending timeout find notifications still waiting for a receipt without a table scan. */
export class Receipts1765400000000 implements MigrationInterface {
  name = 'Receipts1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('notifications', new TableIndex({ name: 'ix_notifications_status_sent_at', columnNames: ['status', 'sent_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('notifications', 'ix_notifications_status_sent_at');
  }
}
