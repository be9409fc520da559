import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  newPage,
  openPage,
  pressTabUntil,
  signInWithKeyboard,
  TestUser,
} from '@herald/testing';

/** The worker's 1,000 sends, which a busy machine can take minutes over. */
const THOUSAND_SENT_DEADLINE_MS = 240_000;

/**
 * A team member uploads a 1,000-row CSV with two bad rows, reads the report, uploads the fixed
 * file, sends it and watches the progress bar reach 100%, then downloads the report; keyboard only.
 */
describe('bulk sending from a CSV file in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let sender: TestUser;
  let serviceId: string;
  let templateId: string;
  const folder = mkdtempSync(join(tmpdir(), 'herald-bulk-'));

  beforeAll(async () => {
    herald = await AdminUnderTest.start({}, { worker: true });
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Benefits office ${Date.now()}`, live: true });
    serviceId = service.id;
    templateId = (
      await herald.scenario.anEmailTemplate(service.id, {
        name: 'Payment date',
        subject: 'Your payment',
        content: 'Dear ((name)), you will be paid on ((date)).',
      })
    ).id;
    sender = await herald.scenario.aUser({ serviceId, permissions: ['send_messages'], name: 'Bo Bulk' });
    page = await newPage(browser, { acceptDownloads: true });
    await signInWithKeyboard(page, herald.adminUrl, sender);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  function aCsv(name: string, broken: boolean): string {
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const row = i + 2;
      if (broken && row === 42) return 'not-an-email,Row 42,1 June';
      if (broken && row === 977) return `person${i}@example.com,Row 977,`;
      return `person${i}@example.com,Person ${i},1 June`;
    });
    const path = join(folder, name);
    writeFileSync(path, ['email address,name,date', ...rows].join('\n'));
    return path;
  }

  async function uploadWithKeyboard(path: string): Promise<void> {
    const input = page.getByLabel('CSV or Excel (.xlsx) file');
    await pressTabUntil(page, input);
    // The operating system's file chooser cannot be driven from the page: the file is handed to the focused input.
    await input.setInputFiles(path);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Upload file' }));
  }

  // One journey in steps, each a test of its own (a slow machine takes minutes over the whole of
  // it): each step starts on the page the one before left open.
  it('reports the bad rows of an uploaded file', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/send/${templateId}`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Upload a list of recipients (CSV or Excel)' }));
    await page.waitForURL(/\/upload$/);
    await checkPage(page, 'send-bulk-upload');

    await uploadWithKeyboard(aCsv('payments.csv', true));
    await page.waitForSelector('#upload-problems');
    expect(await page.title()).toMatch(/^Error: Problems in payments\.csv - Benefits office/);
    const rows = await page.locator('#upload-problems tbody tr').allTextContents();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'Row 42 email address Enter an email address in the correct format, like name@example.com',
      'Row 977 date Enter a date in this row',
    ]);
    expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
      'There are 2 problems in payments.csv: fix them and upload the file again',
    ]);
    expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#file');
    expect(await page.locator('#problem-count').textContent()).toContain('1,000 rows and 2 problems');
    await checkPage(page, 'send-bulk-problems');
  });

  it('takes the fixed file and shows the first message as it will be sent', async () => {
    await uploadWithKeyboard(aCsv('payments-fixed.csv', false));
    await page.waitForURL(/\/uploads\/[0-9a-f-]{36}$/);
    expect(await page.locator('#row-count').textContent()).toContain('1,000 emails');
    // The first row's email as its recipient will get it, in its layout.
    expect(await page.frameLocator('iframe.herald-email-preview').locator('body').textContent()).toContain('Dear Person 0, you will be paid on 1 June.');
    await checkPage(page, 'send-bulk-check');
  });

  it('sends the file and shows the job to the end', async () => {
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send 1,000 emails' }));
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    await checkPage(page, 'send-bulk-job-started');
    // The page's script polls the job every 2 s: the bar fills without a reload.
    await page.waitForFunction(
      () => {
        const bar = (globalThis as unknown as { document: { getElementById(id: string): { value: number; max: number } | null } }).document.getElementById(
          'job-progress-bar',
        );
        return bar !== null && bar.max === 1000 && bar.value === 1000;
      },
      undefined,
      { timeout: THOUSAND_SENT_DEADLINE_MS },
    );
    expect(await page.locator('[data-field="percentText"]').textContent()).toBe('100% sent');
    await checkPage(page, 'send-bulk-job-finished');
  });

  it('downloads the report of every row', async () => {
    const download = page.waitForEvent('download');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Download report (CSV)' }));
    const report = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(report[0]).toBe('Row number,Recipient,Status,Time');
    expect(report).toHaveLength(1001);
    expect(report[1]).toMatch(/^2,person0@example\.com,delivered,/);
  });

  it("lists the job among the service's jobs", async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/jobs`);
    expect(await page.locator('table').textContent()).toContain('payments-fixed.csv');
    await checkPage(page, 'send-bulk-jobs-list');
  });
});
