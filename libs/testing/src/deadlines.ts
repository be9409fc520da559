/**
 * How long tests wait for a condition before failing. A wait polls for its condition, so a
 * generous deadline costs nothing when the condition is met; it only has to outlast a slow or
 * busy machine (three to five times slower than a quiet one).
 */

/** Work another process or the test's own worker does: a message arriving, a row changing status. */
export const WAIT_DEADLINE_MS = 45_000;

/** One browser action or navigation (playwright's default is 30 s; a page with axe injected into it on a busy machine can come close). */
export const BROWSER_DEADLINE_MS = 60_000;

/** A browser test: a journey of several pages, each waited for with BROWSER_DEADLINE_MS. */
export const BROWSER_TEST_TIMEOUT_MS = 300_000;
