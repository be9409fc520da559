import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Template folders for the admin UI: a service's folders (nested by parent) and each template's
 * folder. `templates.folder_id` has no foreign key so adding it does not rebuild the table's
 * references on SQLite; the repository keeps it consistent (a folder is deleted only when empty).
 */
export class TemplateFolders1766000000200 implements MigrationInterface {
  name = 'TemplateFolders1766000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'template_folders',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'parent_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: time },
        ],
        foreignKeys: [
          { columnNames: ['service_id'], referencedTableName: 'services', referencedColumnNames: ['id'] },
          { columnNames: ['parent_id'], referencedTableName: 'template_folders', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'ix_template_folders_service_parent', columnNames: ['service_id', 'parent_id'] }],
      }),
    );
    await queryRunner.addColumn('templates', new TableColumn({ name: 'folder_id', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('templates', new TableIndex({ name: 'ix_templates_service_folder', columnNames: ['service_id', 'folder_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('templates', 'ix_templates_service_folder');
    await queryRunner.dropColumn('templates', 'folder_id');
    await queryRunner.dropTable('template_folders');
  }
}
