import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Single-use links about a user's own account: a forgotten password, a new email address to confirm. */
export class AccountTokens1767300000100 implements MigrationInterface {
  name = 'AccountTokens1767300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'account_tokens',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'purpose', type: 'varchar', length: '16' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'new_email_address', type: 'varchar', length: '320', isNullable: true },
          { name: 'created_at', type: time },
          { name: 'expires_at', type: time },
          { name: 'used_at', type: time, isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_account_tokens_user_purpose', columnNames: ['user_id', 'purpose', 'created_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('account_tokens');
  }
}
