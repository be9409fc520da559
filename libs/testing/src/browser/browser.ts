import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
// playwright-core and axe are loaded by the first browser test that needs them: most suites import libs/testing without a browser.
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { BROWSER_DEADLINE_MS } from '../deadlines';

/** Screenshots of every page a browser test visits: test artifacts, not committed. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../../../test-artifacts/screenshots');

/** The little of the DOM these helpers touch inside the page (the project compiles without DOM types). */
interface BrowserGlobals {
  document: { activeElement: { blur?: () => void } | null };
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A browser context (its own cookies) whose pages wait up to BROWSER_DEADLINE_MS for every action,
 * navigation and waitFor*, instead of playwright's 30 s: a busy machine is slow, not broken.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(BROWSER_DEADLINE_MS);
  context.setDefaultNavigationTimeout(BROWSER_DEADLINE_MS);
  return context;
}

/** A page in a fresh browser context (its own cookies), as axe needs. Close it with closePage. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return (await newContext(browser, options)).newPage();
}

export async function closePage(page: Page | undefined): Promise<void> {
  await page?.context().close();
}

/**
 * Runs axe on the page as it is now and fails with the violations listed (rule, impact, the
 * first few elements) when there are any at WCAG 2.2 AA.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  // Legacy mode is axe.run with axe injected into every same-origin frame (the admin has no other
  // kind): the same rules and results in under half the time of the per-frame mode, which opens a
  // blank page for every check, and it does not hang on a preview iframe sandboxed without scripts
  // (the per-frame mode waits on one for ever; neither can check inside it).
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode().analyze();
  if (results.violations.length === 0) return;
  const described = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n    ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  throw new Error(`Accessibility violations on ${name} (${page.url()}):\n  ${described.join('\n  ')}`);
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Both checks every page gets: axe, then a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await checkAccessibility(page, name);
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
export async function pressTabUntil(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === (globalThis as unknown as BrowserGlobals).document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key in ${maxPresses} presses`);
}

/** Tabs to a link or button and presses Enter (or Space for checkboxes and radios). */
export async function activateWithKeyboard(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await pressTabUntil(page, target);
  await page.keyboard.press(key);
}

/** Tabs to a field and types into it. */
export async function typeWithKeyboard(page: Page, target: Locator, text: string): Promise<void> {
  await pressTabUntil(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Opens a page and starts keyboard navigation from its top (focus on the document). */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.blur?.());
}
