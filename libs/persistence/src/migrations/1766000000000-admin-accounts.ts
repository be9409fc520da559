import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

const ALL_PERMISSIONS = 'send_messages,manage_templates,manage_service,manage_api_keys,view_dashboard';

/** Signing in to the admin UI: credentials on users, permissions per service, sessions and the audit log. */
export class AdminAccounts1766000000000 implements MigrationInterface {
  name = 'AdminAccounts1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.addColumns('users', [
      new TableColumn({ name: 'password_hash', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'auth_type', type: 'varchar', length: '8', default: "'email'" }),
      new TableColumn({ name: 'totp_secret', type: 'text', isNullable: true }),
      new TableColumn({ name: 'failed_sign_in_count', type: 'integer', default: 0 }),
      new TableColumn({ name: 'locked_until', type: time, isNullable: true }),
      new TableColumn({ name: 'state', type: 'varchar', length: '16', default: "'active'" }),
      new TableColumn({ name: 'last_signed_in_at', type: time, isNullable: true }),
    ]);
    // Members added before permissions existed (by the CLI) keep every permission.
    await queryRunner.addColumn('service_users', new TableColumn({ name: 'permissions', type: 'text', default: `'${ALL_PERMISSIONS}'` }));
    await queryRunner.createTable(
      new Table({
        name: 'user_sessions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'created_at', type: time },
          { name: 'last_used_at', type: time },
          { name: 'expires_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_user_sessions_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'created_at', type: time },
          { name: 'user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'service_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'subject', type: 'varchar', length: '255', isNullable: true },
          { name: 'details', type: 'text' },
        ],
        indices: [
          { name: 'ix_audit_events_created', columnNames: ['created_at'] },
          { name: 'ix_audit_events_service_created', columnNames: ['service_id', 'created_at'] },
          { name: 'ix_audit_events_user_created', columnNames: ['user_id', 'created_at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_events');
    await queryRunner.dropTable('user_sessions');
    await queryRunner.dropColumn('service_users', 'permissions');
    for (const column of ['last_signed_in_at', 'state', 'locked_until', 'failed_sign_in_count', 'totp_secret', 'auth_type', 'password_hash']) {
      await queryRunner.dropColumn('users', column);
    }
  }
}
