import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions } from 'typeorm';

/**
 * Accounts: invitations to a team (and set-up links for a new platform admin), the second-factor
 * challenge between password and session, and the last TOTP time step used (so a code works once).
 */
export class InvitationsAndChallenges1766000000100 implements MigrationInterface {
  name = 'InvitationsAndChallenges1766000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable });
    await queryRunner.createTable(
      new Table({
        name: 'invitations',
        columns: [
          { ...ref('id'), isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          ref('service_id', true),
          { name: 'email_address', type: 'varchar', length: '320' },
          { name: 'permissions', type: 'text' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          ref('invited_by', true),
          { name: 'created_at', type: time },
          { name: 'expires_at', type: time },
          { name: 'accepted_at', type: time, isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['invited_by'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
        indices: [{ name: 'ix_invitations_service_email', columnNames: ['service_id', 'email_address'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sign_in_challenges',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('user_id'),
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'method', type: 'varchar', length: '16' },
          { name: 'code_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'totp_secret', type: 'text', isNullable: true },
          { name: 'created_at', type: time },
          { name: 'expires_at', type: time },
          { name: 'used_at', type: time, isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_sign_in_challenges_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.addColumn('users', new TableColumn({ name: 'totp_last_step', type: 'integer', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'totp_last_step');
    await queryRunner.dropTable('sign_in_challenges');
    await queryRunner.dropTable('invitations');
  }
}
