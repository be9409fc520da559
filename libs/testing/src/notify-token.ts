import { createHmac } from 'node:crypto';

/** A JWT exactly as the official Notify clients make it, with any claim or header overridden. */
export function notifyToken(secret: string, claims: Record<string, unknown>, header: Record<string, unknown> = { typ: 'JWT', alg: 'HS256' }): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode(header)}.${encode(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export function bearerFor(serviceId: string, secret: string, at = Date.now()): string {
  return `Bearer ${notifyToken(secret, { iss: serviceId, iat: Math.round(at / 1000) })}`;
}
