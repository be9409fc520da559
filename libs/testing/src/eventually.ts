import { WAIT_DEADLINE_MS } from './deadlines';

/** Retries an assertion until it passes or the time is up (for work done by another process). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = WAIT_DEADLINE_MS, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
