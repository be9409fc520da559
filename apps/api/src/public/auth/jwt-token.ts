import { createHmac, timingSafeEqual } from 'node:crypto';

/** A JWT split into its parts, before any check. */
export interface DecodedToken {
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

/** Decodes without verifying; null when it is not a JWT at all. */
export function decodeToken(token: string): DecodedToken | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as unknown;
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    if (!isRecord(header) || !isRecord(claims)) return null;
    return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
  } catch {
    return null;
  }
}

/** HS256 with the secret's UTF-8 bytes as the key, exactly as the Notify clients sign. */
export function hasValidSignature(token: DecodedToken, secret: string): boolean {
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(token.signingInput).digest();
  return expected.length === token.signature.length && timingSafeEqual(expected, token.signature);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
