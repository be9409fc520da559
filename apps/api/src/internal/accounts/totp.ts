import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;

/** Authenticator apps (RFC 6238): SHA-1, 6 digits, 30-second steps; a code of the step before or after is accepted too. */
function totpOf(secret: string, label = 'Herald'): TOTP {
  return new TOTP({ issuer: 'Herald', label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });
}

/** A new random secret, base32 as authenticator apps take it when typed in. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI a QR code carries. */
export function totpUri(secret: string, emailAddress: string): string {
  return totpOf(secret, emailAddress).toString();
}

/** The time step the code belongs to, or null when it is wrong (or malformed). */
export function totpStepOf(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}
