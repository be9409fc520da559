import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A one-off send's values, sealed (AES-256-GCM) into the address of its letter's page images: the
 * check page is the answer to a POST, the images are GETs, and the recipient's details must not
 * travel in the clear (access logs, browser history). `context` binds a token to one template.
 */
export class SealedValues {
  private readonly key: Buffer;

  constructor(encryptionKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'herald-admin-preview-values', 32));
  }

  seal(values: Record<string, string>, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(context));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** Null for anything this admin did not seal for `context`. */
  open(token: string | undefined, context: string): Record<string, string> | null {
    if (!token) return null;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length < 29) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12)).setAAD(Buffer.from(context));
      decipher.setAuthTag(bytes.subarray(12, 28));
      const values: unknown = JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
      if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
      return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch {
      return null;
    }
  }
}
