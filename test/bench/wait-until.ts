/**
 * Polls `check` until it returns true or `timeoutMs` has passed; says which. `onPoll` runs on
 * every poll, for progress lines.
 */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  options: { timeoutMs: number; intervalMs: number; onPoll?: () => void },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    options.onPoll?.();
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
