/**
 * Every environment variable Herald reads, with its default and meaning. The README's
 * configuration table and the docker compose check are both held to this list.
 */
export const CONFIG_VARIABLES = {
  NODE_ENV: { default: 'development', description: '`production` requires ENCRYPTION_KEY and refuses generated secrets.' },
  DATABASE_URL: { default: '(unset: SQLite file under DATA_DIR)', description: 'PostgreSQL connection URL, e.g. postgres://user:pass@host:5432/herald.' },
  DATA_DIR: { default: './data', description: 'Folder for the SQLite database, the generated encryption key and the outbox.' },
  REDIS_URL: { default: 'redis://127.0.0.1:6379', description: 'Redis for the BullMQ queues.' },
  QUEUE_PREFIX: { default: '{herald}', description: 'Prefix of every queue key in Redis (keep the braces on a Redis cluster).' },
  API_PORT: { default: '3000', description: 'Port the public API listens on.' },
  API_HOST: { default: '0.0.0.0', description: 'Interface the public API listens on.' },
  API_BASE_URL: { default: 'http://localhost:API_PORT', description: 'Public base URL used in `uri` and `links` fields.' },
  SMTP_URL: { default: '(unset: outbox provider)', description: 'SMTP server for email, e.g. smtp://user:pass@host:587 or smtps://host:465.' },
  EMAIL_DOMAIN: { default: 'notifications.herald.localhost', description: 'Domain of sending addresses: <service.name>@EMAIL_DOMAIN.' },
  ENCRYPTION_KEY: { default: '(development: generated once under DATA_DIR)', description: '32 bytes as 64 hex characters or base64; encrypts API key secrets and personalisation at rest. Required in production.' },
  WORKER_CONCURRENCY: { default: '16', description: 'Sends each worker process runs at once.' },
  REPLAY_AFTER_SECONDS: { default: '120', description: 'A notification still `created` after this long is queued again.' },
  SWEEP_INTERVAL_SECONDS: { default: '60', description: 'How often the worker looks for notifications to queue again.' },
  LOG_LEVEL: { default: 'log', description: 'error, warn, log, debug or verbose.' },
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;
export type ConfigSource = Partial<Record<ConfigVariable, string | undefined>>;
