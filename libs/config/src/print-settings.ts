import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';
import type { ConfigVariable } from './config-variables';
import type { PrintSettings } from './herald-config';

type Reader = (name: ConfigVariable) => string | undefined;

const BATCH_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Where letters are printed: an SFTP print provider when PRINT_SFTP_URL is set (with a password
 * or a private key), otherwise the outbox. The daily batch runs at PRINT_BATCH_TIME, London time.
 */
export function loadPrintSettings(read: Reader): PrintSettings {
  const batchTime = read('PRINT_BATCH_TIME') ?? '17:30';
  const time = BATCH_TIME.exec(batchTime);
  if (!time) throw new ConfigError('PRINT_BATCH_TIME', `must be a time of day as HH:MM (24-hour, London time), not "${batchTime}"`);
  const responseInterval = read('PRINT_RESPONSE_INTERVAL_SECONDS') ?? '900';
  const responseIntervalSeconds = Number(responseInterval);
  if (!Number.isInteger(responseIntervalSeconds) || responseIntervalSeconds < 1 || responseIntervalSeconds > 86400) {
    throw new ConfigError('PRINT_RESPONSE_INTERVAL_SECONDS', `must be a whole number from 1 to 86400, not "${responseInterval}"`);
  }
  return { sftp: sftpSettings(read), batchHour: Number(time[1]), batchMinute: Number(time[2]), responseIntervalSeconds };
}

function sftpSettings(read: Reader): PrintSettings['sftp'] {
  const raw = read('PRINT_SFTP_URL');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PRINT_SFTP_URL', 'must be a URL like sftp://user@host:22/path');
  }
  if (url.protocol !== 'sftp:' || !url.username || !url.hostname) throw new ConfigError('PRINT_SFTP_URL', 'must be a URL like sftp://user@host:22/path');
  const password = read('PRINT_SFTP_PASSWORD') ?? null;
  const keyFile = read('PRINT_SFTP_PRIVATE_KEY_FILE');
  let privateKey: string | null = null;
  if (keyFile !== undefined) {
    try {
      privateKey = readFileSync(keyFile, 'utf8');
    } catch (error) {
      throw new ConfigError('PRINT_SFTP_PRIVATE_KEY_FILE', `cannot be read: ${(error as Error).message}`);
    }
  }
  if (password === null && privateKey === null) throw new ConfigError('PRINT_SFTP_PASSWORD', 'or PRINT_SFTP_PRIVATE_KEY_FILE is required with PRINT_SFTP_URL');
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 22,
    username: decodeURIComponent(url.username),
    password,
    privateKey,
    path: decodeURIComponent(url.pathname) || '/',
  };
}
