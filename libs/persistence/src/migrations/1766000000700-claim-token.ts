import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The BullMQ token of the job attempt that holds a notification's claim, so that a claim can be
 * taken over as soon as BullMQ hands that job to another worker, not only when the lease lapses.
 */
export class ClaimToken1766000000700 implements MigrationInterface {
  name = 'ClaimToken1766000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('notifications', new TableColumn({ name: 'claim_token', type: 'varchar', length: '64', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('notifications', 'claim_token');
  }
}
