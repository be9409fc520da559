import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { HeraldConfig } from '@herald/config';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { EmailReplyToEntity } from '../entities/email-reply-to.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { ServiceUserEntity } from '../entities/service-user.entity';
import { ServiceEntity } from '../entities/service.entity';
import { TemplateVersionEntity } from '../entities/template-version.entity';
import { TemplateEntity } from '../entities/template.entity';
import { UserEntity } from '../entities/user.entity';
import { InitialSchema1764230400000 } from '../migrations/1764230400000-initial-schema';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const ENTITIES = [
  ServiceEntity, UserEntity, ServiceUserEntity, ApiKeyEntity, TemplateEntity, TemplateVersionEntity,
  EmailReplyToEntity, NotificationEntity,
];

export const MIGRATIONS = [InitialSchema1764230400000];

/** PostgreSQL in production, an SQLite file under DATA_DIR for the embedded default. Never `synchronize`. */
export function dataSourceOptions(config: Pick<HeraldConfig, 'database'>): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  } as const;
  if (config.database.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url, extra: { max: 20, connectionTimeoutMillis: 5000 } };
  }
  mkdirSync(dirname(config.database.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.path,
    // WAL lets the API read while the worker writes; the timeout waits out a writer instead of failing.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
