import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from './config-error';

const KEY_BYTES = 32;

/** Reads a 32-byte key written as 64 hex characters or as base64. */
export function parseEncryptionKey(value: string, variable = 'ENCRYPTION_KEY'): Buffer {
  const trimmed = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new ConfigError(variable, `must be ${KEY_BYTES} bytes, written as 64 hex characters or base64 (generate one with: openssl rand -hex 32)`);
  }
  return key;
}

/** The embedded default keeps its generated key beside its data, so a restart can still read what it wrote. */
export function loadOrCreateKeyFile(dataDir: string): Buffer {
  const file = join(dataDir, 'encryption.key');
  if (existsSync(file)) {
    return parseEncryptionKey(readFileSync(file, 'utf8'), file);
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600 });
  return key;
}
