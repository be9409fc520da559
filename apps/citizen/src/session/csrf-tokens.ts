import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed double-submit CSRF tokens: each browser gets a random secret in an http-only cookie, and
 * every form carries an HMAC of it. A cross-site page can send the cookie but cannot read it, so it
 * cannot produce the matching form token.
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(encryptionKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'herald-citizen-csrf', 32));
  }

  newSecret(): string {
    return randomBytes(24).toString('base64url');
  }

  tokenFor(secret: string): string {
    return createHmac('sha256', this.key).update(secret).digest('base64url');
  }

  matches(secret: string | undefined, token: unknown): boolean {
    if (!secret || typeof token !== 'string' || token === '') return false;
    const expected = Buffer.from(this.tokenFor(secret));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
