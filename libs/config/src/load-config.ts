import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { ConfigSource, ConfigVariable, TwilioAccountVariable } from './config-variables';
import { loadOrCreateKeyFile, parseEncryptionKey } from './encryption-key';
import { HeraldConfig } from './herald-config';
import { loadCitizenSettings } from './citizen-settings';
import { loadSmsSettings } from './sms-provider-settings';
import { loadDeliveryRetrySettings } from './delivery-retry-settings';
import { loadPrintSettings } from './print-settings';
import { loadReceiptSettings } from './receipt-settings';
import { loadRedisSettings } from './redis-settings';
import { wholeNumber } from './whole-number';

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/**
 * Builds the validated configuration. `source` is the environment (the default) or, in tests,
 * a plain object. A wrong value throws a ConfigError naming the variable.
 */
export function loadConfig(source: ConfigSource = process.env as ConfigSource): HeraldConfig {
  const read = (name: ConfigVariable | TwilioAccountVariable): string | undefined => {
    const value = source[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const environment = oneOf(read, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const production = environment === 'production';
  const dataDir = resolve(read('DATA_DIR') ?? './data');
  const port = wholeNumber(read, 'API_PORT', 3000, 0, 65535);
  const databaseUrl = read('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a PostgreSQL URL starting postgres:// (leave it unset for the embedded SQLite database)');
  }
  const encryptionKey = read('ENCRYPTION_KEY');
  if (encryptionKey === undefined && production) {
    throw new ConfigError('ENCRYPTION_KEY', 'is required when NODE_ENV=production (generate one with: openssl rand -hex 32)');
  }

  const workerConcurrency = wholeNumber(read, 'WORKER_CONCURRENCY', 16, 1, 1000);

  const config: HeraldConfig = {
    environment: production ? 'production' : 'development',
    database: databaseUrl ? { type: 'postgres', url: databaseUrl } : { type: 'sqlite', path: join(dataDir, 'herald.sqlite') },
    dataDir,
    outboxDir: join(dataDir, 'outbox'),
    redisUrl: url(read, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    redisUrlIsDefault: read('REDIS_URL') === undefined,
    ...loadRedisSettings(read),
    api: {
      port,
      host: read('API_HOST') ?? '0.0.0.0',
      baseUrl: stripTrailingSlash(url(read, 'API_BASE_URL', `http://localhost:${port}`, ['http:', 'https:'])),
    },
    admin: loadAdminSettings(read, port),
    citizen: loadCitizenSettings(read, port, production),
    smtpUrl: read('SMTP_URL') === undefined ? null : url(read, 'SMTP_URL', '', ['smtp:', 'smtps:']),
    smtpMaxConnections: wholeNumber(read, 'SMTP_MAX_CONNECTIONS', workerConcurrency, 1, 1000),
    emailDomain: read('EMAIL_DOMAIN') ?? 'notifications.herald.localhost',
    encryptionKey: encryptionKey ? parseEncryptionKey(encryptionKey) : loadOrCreateKeyFile(dataDir),
    worker: {
      concurrency: workerConcurrency,
      port: wholeNumber(read, 'WORKER_PORT', 3004, 0, 65535),
      host: read('WORKER_HOST') ?? '0.0.0.0',
      replayAfterSeconds: wholeNumber(read, 'REPLAY_AFTER_SECONDS', 120, 1, 86400),
      sweepIntervalSeconds: wholeNumber(read, 'SWEEP_INTERVAL_SECONDS', 60, 1, 86400),
      claimLeaseSeconds: wholeNumber(read, 'CLAIM_LEASE_SECONDS', 300, 1, 86400),
    },
    logLevel: oneOf(read, 'LOG_LEVEL', LOG_LEVELS, 'log'),
    logFormat: oneOf(read, 'LOG_FORMAT', ['auto', 'json', 'text'], 'auto'),
    sms: loadSmsSettings(read),
    retry: loadDeliveryRetrySettings(read),
    print: loadPrintSettings(read),
    callbacks: {
      // A department's test endpoint is usually on the developer's own machine; production needs ALLOW_PRIVATE_CALLBACK_URLS=true.
      allowPrivateUrls: oneOf(read, 'ALLOW_PRIVATE_CALLBACK_URLS', ['true', 'false'], production ? 'false' : 'true') === 'true',
      concurrencyPerService: wholeNumber(read, 'CALLBACK_CONCURRENCY_PER_SERVICE', 5, 1, 100),
    },
    receipts: loadReceiptSettings(read),
    cliOperatorEmail: cliOperatorEmail(read),
  };
  return deepFreeze(config);
}

type Reader = (name: ConfigVariable) => string | undefined;

function oneOf<T extends string>(read: Reader, name: ConfigVariable, allowed: readonly T[], fallback: T): T {
  const raw = read(name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, not "${raw}"`);
  }
  return raw as T;
}

function url(read: Reader, name: ConfigVariable, fallback: string, protocols: string[]): string {
  const raw = read(name) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL starting ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must be a URL starting ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function loadAdminSettings(read: Reader, apiPort: number): HeraldConfig['admin'] {
  const port = wholeNumber(read, 'ADMIN_PORT', 3001, 0, 65535);
  return {
    port,
    host: read('ADMIN_HOST') ?? '0.0.0.0',
    baseUrl: stripTrailingSlash(url(read, 'ADMIN_BASE_URL', `http://localhost:${port}`, ['http:', 'https:'])),
    internalApiUrl: stripTrailingSlash(url(read, 'INTERNAL_API_URL', `http://127.0.0.1:${apiPort}`, ['http:', 'https:'])),
    sessionIdleMinutes: wholeNumber(read, 'ADMIN_SESSION_IDLE_MINUTES', 60, 1, 1440),
  };
}

/** `cli@EMAIL_DOMAIN` unless CLI_OPERATOR_EMAIL names someone. */
function cliOperatorEmail(read: Reader): string {
  const email = (read('CLI_OPERATOR_EMAIL') ?? `cli@${read('EMAIL_DOMAIN') ?? 'notifications.herald.localhost'}`).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ConfigError('CLI_OPERATOR_EMAIL', `must be an email address, not "${email}"`);
  return email;
}

function stripTrailingSlash(value: string): string {
  return value.replace(/\/+$/, '');
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object' && !Buffer.isBuffer(inner)) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}
