import { randomInt } from 'node:crypto';

/** A 6-digit code for the second factor by email. */
export function newEmailCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
