import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Nonces drawn from the system's CSPRNG a few hundred at a time: every send encrypts twice, and one call per nonce showed in profiles. */
const NONCES_PER_DRAW = 512;

/**
 * Encrypts secrets and personal data at rest with AES-256-GCM, and makes keyed hashes for
 * columns that must be searched without being readable.
 */
export class FieldCipher {
  private readonly hashKey: Buffer;
  private readonly nonces = Buffer.alloc(IV_BYTES * NONCES_PER_DRAW);
  private nextNonce = this.nonces.length;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('FieldCipher needs a 32-byte key');
    this.hashKey = createHmac('sha256', key).update('herald-field-hash').digest();
  }

  /** `v1.` + base64 of nonce, tag and ciphertext. Each nonce is used once: the pool is refilled, never reread. */
  encrypt(plain: string): string {
    if (this.nextNonce === this.nonces.length) {
      randomFillSync(this.nonces);
      this.nextNonce = 0;
    }
    const iv = this.nonces.subarray(this.nextNonce, (this.nextNonce += IV_BYTES));
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = cipher.update(plain, 'utf8');
    const last = cipher.final();
    const out = Buffer.allocUnsafe(IV_BYTES + TAG_BYTES + body.length + last.length);
    iv.copy(out, 0);
    cipher.getAuthTag().copy(out, IV_BYTES);
    body.copy(out, IV_BYTES + TAG_BYTES);
    last.copy(out, IV_BYTES + TAG_BYTES + body.length);
    return `${VERSION}.${out.toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split('.', 2);
    if (version !== VERSION || payload === undefined) throw new Error('Unknown encrypted value format');
    const bytes = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  encryptJson(value: unknown): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson<T>(stored: string): T {
    return JSON.parse(this.decrypt(stored)) as T;
  }

  hash(value: string): string {
    return createHmac('sha256', this.hashKey).update(value).digest('hex');
  }
}
