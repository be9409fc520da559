import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;
/** A code of the step before is used only this long before that step leaves the server's window. */
const SAFETY_MS = 3_000;

/** The last time step whose code each user has used: Herald accepts each step once per user. */
const lastStepUsed = new Map<string, number>();

/**
 * An authenticator code for a test user that Herald has not seen yet: the previous, current or
 * next 30-second step (Herald accepts one step either side), waiting for the clock when all
 * three are used.
 */
export async function nextTotpCode(user: { readonly id: string; readonly totpSecret: string }): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / PERIOD_MS);
    const last = lastStepUsed.get(user.id) ?? -Infinity;
    const previousIsSafe = now % PERIOD_MS < PERIOD_MS - SAFETY_MS;
    const step = [previousIsSafe ? current - 1 : null, current, current + 1].find((s): s is number => s !== null && s > last);
    if (step !== undefined) {
      lastStepUsed.set(user.id, step);
      return totpCodeAt(user.totpSecret, step * PERIOD_MS);
    }
    await new Promise((resolve) => setTimeout(resolve, PERIOD_MS - (now % PERIOD_MS) + 50));
  }
}

/** The code an authenticator app shows at `timestamp` (ms). */
export function totpCodeAt(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp });
}
