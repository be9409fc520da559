import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Bulk sends: an uploaded file's rows (encrypted, in chunks, so a 100,000-row file is never one
 * value), the jobs made from them, and one notification per job row at most.
 */
export class Jobs1766000000300 implements MigrationInterface {
  name = 'Jobs1766000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, nullable = false) => ({ name, type: 'varchar', length: '36', isNullable: nullable });
    await queryRunner.createTable(
      new Table({
        name: 'uploads',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('service_id'),
          ref('template_id'),
          { name: 'template_version', type: 'integer' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'row_count', type: 'integer' },
          ref('created_by_id', true),
          { name: 'created_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] }],
        indices: [{ name: 'ix_uploads_service_created', columnNames: ['service_id', 'created_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'upload_chunks',
        columns: [
          { ...ref('upload_id'), isPrimary: true },
          { name: 'chunk_index', type: 'integer', isPrimary: true },
          { name: 'first_row_number', type: 'integer' },
          { name: 'row_count', type: 'integer' },
          { name: 'data', type: 'text' },
        ],
        foreignKeys: [{ columnNames: ['upload_id'], referencedTableName: 'uploads', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'jobs',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('service_id'),
          ref('template_id'),
          { name: 'template_version', type: 'integer' },
          ref('upload_id'),
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'row_count', type: 'integer' },
          { name: 'rows_processed', type: 'integer', default: 0 },
          { name: 'status', type: 'varchar', length: '16' },
          ref('created_by_id', true),
          { name: 'created_at', type: time },
          { name: 'started_at', type: time, isNullable: true },
          { name: 'finished_at', type: time, isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] },
          { columnNames: ['upload_id'], referencedTableName: 'uploads', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'ix_jobs_service_created', columnNames: ['service_id', 'created_at'] }],
      }),
    );
    // A job row becomes one notification, however often the job runs.
    await queryRunner.createIndex(
      'notifications',
      new TableIndex({ name: 'uq_notifications_job_row', columnNames: ['job_id', 'job_row_number'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('notifications', 'uq_notifications_job_row');
    await queryRunner.dropTable('jobs');
    await queryRunner.dropTable('upload_chunks');
    await queryRunner.dropTable('uploads');
  }
}
