import type { Browser, Page } from 'playwright-core';
import { NOTIFICATION_STATUSES } from '@herald/domain';
import { JobStatusName, statusWords } from '@herald/contracts';
import { AdminUnderTest, BROWSER_TEST_TIMEOUT_MS, checkPage, launchBrowser, newPage, openPage } from '@herald/testing';
import { jobStatusText } from '../../apps/admin/src/jobs/job-view';

const CHANNELS = ['email', 'sms', 'letter'] as const;
const JOB_STATUSES: Record<JobStatusName, true> = { pending: true, scheduled: true, 'in-progress': true, finished: true, cancelled: true, failed: true };

/** Herald's own guidance pages, read signed out: each opens with its heading, passes axe and fits a 320 px screen. */
describe('the guidance pages', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(async () => {
    await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  const mainText = async () => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

  it.each([
    ['/guidance', 'Guidance', 'guidance'],
    ['/guidance/formatting', 'How to format your messages', 'guidance-formatting'],
    ['/guidance/trial-mode', 'Trial mode', 'guidance-trial-mode'],
    ['/guidance/delivery-statuses', 'Delivery statuses', 'guidance-delivery-statuses'],
  ])('shows %s to someone who is not signed in', async (path, title, screenshot) => {
    await openPage(page, `${herald.adminUrl}${path}`);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await heading()).toBe(title);
    expect(await page.title()).toBe(`${title} - Herald`);
    await checkPage(page, screenshot);
    await page.setViewportSize({ width: 320, height: 800 });
    const widths = await page.evaluate(() => {
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return { scroll: root.scrollWidth, client: root.clientWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  it('links each guidance page from the index and the footer of every page', async () => {
    await openPage(page, `${herald.adminUrl}/guidance`);
    const links = await page.locator('#guidance-pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/guidance/formatting', '/guidance/trial-mode', '/guidance/delivery-statuses']);
    await openPage(page, `${herald.adminUrl}/sign-in`);
    expect(await page.locator('footer a[href="/guidance"]').textContent()).toBe('Guidance');
  });

  it('explains every status word the admin can show, for every channel', async () => {
    await openPage(page, `${herald.adminUrl}/guidance/delivery-statuses`);
    const text = await mainText();
    const now = new Date();
    const shown = new Set<string>();
    for (const channel of CHANNELS) {
      for (const status of NOTIFICATION_STATUSES) {
        const words = statusWords(channel, status).text;
        // A status added without words of its own shows as the API's word: give it words, and guidance.
        expect(`${channel} ${status}: ${words === status ? 'no words' : 'has words'}`).toBe(`${channel} ${status}: has words`);
        shown.add(words);
      }
    }
    for (const words of shown) expect(text).toContain(words);
    // A letter waiting for print names the run, at PRINT_BATCH_TIME, as the letter's own page does.
    expect(text).toMatch(/Printing today at \d{1,2}(:\d{2})?(am|pm)/);
    // Each channel's own failures are under that channel's heading.
    for (const channel of CHANNELS) {
      const section = ((await page.locator(`[data-channel="${channel}"]`).textContent()) ?? '').replace(/\s+/g, ' ');
      for (const status of ['permanent-failure', 'temporary-failure', 'delivered'] as const)
        expect(section).toContain(statusWords(channel, status, null, now).text);
    }
  });

  it('explains every state of a bulk send, in the dashboard’s and job page’s words', async () => {
    await openPage(page, `${herald.adminUrl}/guidance/delivery-statuses`);
    const keys = await page.locator('[data-bulk-sends] dt').allTextContents();
    const expected = (Object.keys(JOB_STATUSES) as JobStatusName[]).map((status) =>
      status === 'scheduled' ? /^Scheduled for \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/ : jobStatusText({ status, scheduledFor: null }),
    );
    expect(keys.map((k) => k.trim())).toHaveLength(expected.length);
    keys.forEach((key, index) => {
      const want = expected[index];
      if (typeof want === 'string') expect(key.trim()).toBe(want);
      else expect(key.trim()).toMatch(want);
    });
  });
});
