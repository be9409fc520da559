import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;
/**
 * A code is typed only while Herald will accept it for at least this long: typing it with the
 * keyboard and submitting it can take many seconds on a busy machine.
 */
const ACCEPTED_FOR_AT_LEAST_MS = 20_000;

/** The last time step whose code each user has used: Herald accepts only a later step than the last it took. */
const lastStepUsed = new Map<string, number>();

/**
 * An authenticator code for a test user that Herald has not seen yet: the earliest of the
 * previous, current or next 30-second step (Herald accepts one step either side) that is later
 * than the last one used and stays accepted long enough, waiting for the next step when none is.
 */
export async function nextTotpCode(user: { readonly id: string; readonly totpSecret: string }): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / PERIOD_MS);
    const last = lastStepUsed.get(user.id) ?? -Infinity;
    // Step s is accepted until step s + 1 is over.
    const acceptedLongEnough = (step: number) => (step + 2) * PERIOD_MS - now >= ACCEPTED_FOR_AT_LEAST_MS;
    const step = [current - 1, current, current + 1].find((s) => s > last && acceptedLongEnough(s));
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
