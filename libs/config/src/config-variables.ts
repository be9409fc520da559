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
  SMS_PROVIDERS: { default: '(twilio:10 when TWILIO_ACCOUNT_SID is set, else the outbox)', description: 'SMS providers as name:priority, highest used first, e.g. twilio:10,twilio-b:5. `twilio` reads TWILIO_*; `twilio-b` reads TWILIO_B_ACCOUNT_SID, TWILIO_B_AUTH_TOKEN and so on.' },
  TWILIO_ACCOUNT_SID: { default: '(unset: outbox provider)', description: 'Twilio account SID (AC + 32 hex characters).' },
  TWILIO_AUTH_TOKEN: { default: '(none)', description: 'Twilio auth token of that account.' },
  TWILIO_FROM_NUMBER: { default: '(none)', description: 'Sender used when the service has no SMS sender of its own.' },
  TWILIO_MESSAGING_SERVICE_SID: { default: '(none)', description: 'Twilio messaging service (MG + 32 hex characters) to send through; this or TWILIO_FROM_NUMBER is required.' },
  TWILIO_API_BASE_URL: { default: 'https://api.twilio.com', description: 'Base URL of the Twilio REST API (tests point it at a loopback server).' },
  SMS_PROVIDER_FAILURE_THRESHOLD: { default: '3', description: 'Failed sends in a row after which an SMS provider is skipped for a cool-down.' },
  PRINT_SFTP_URL: { default: '(unset: letters go to the outbox)', description: 'SFTP server of the print provider, e.g. sftp://herald@print.example:22/inbox; daily batches are uploaded there.' },
  PRINT_SFTP_PASSWORD: { default: '(none)', description: 'Password for PRINT_SFTP_URL (or use PRINT_SFTP_PRIVATE_KEY_FILE).' },
  PRINT_SFTP_PRIVATE_KEY_FILE: { default: '(none)', description: 'Path of a private key (OpenSSH/PEM) for PRINT_SFTP_URL.' },
  PRINT_BATCH_TIME: { default: '17:30', description: 'London time (HH:MM) at which the day\'s letters are sent to print.' },
  PRINT_RESPONSE_INTERVAL_SECONDS: { default: '900', description: 'How often the worker reads the print provider\'s response files (posted / returned letters).' },
  SMS_PROVIDER_COOLDOWN_SECONDS: { default: '60', description: 'How long a failing SMS provider is skipped after its last failure.' },
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;
/** The settings of an SMS provider named `twilio-<x>` in SMS_PROVIDERS: TWILIO_<X>_ACCOUNT_SID and so on. */
export type TwilioAccountVariable = `TWILIO_${string}_${'ACCOUNT_SID' | 'AUTH_TOKEN' | 'FROM_NUMBER' | 'MESSAGING_SERVICE_SID' | 'API_BASE_URL'}`;
export type ConfigSource = Partial<Record<ConfigVariable | TwilioAccountVariable, string | undefined>>;
