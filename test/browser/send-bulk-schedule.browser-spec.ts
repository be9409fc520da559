import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  eventually,
  launchBrowser,
  newPage,
  openPage,
  pressTabUntil,
  signInWithKeyboard,
  TestUser,
} from '@herald/testing';

/**
 * A team member downloads the example file, schedules a bulk send for tomorrow at 9am and
 * cancels it, then sends another file now and reads its recipients a page and a status at a
 * time: keyboard only (Tab, Enter and typing).
 */
describe('scheduling, cancelling and following a bulk send in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let sender: TestUser;
  let serviceId: string;
  let templateId: string;
  const folder = mkdtempSync(join(tmpdir(), 'herald-schedule-'));

  beforeAll(async () => {
    herald = await AdminUnderTest.start({}, { worker: true });
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Pensions office ${Date.now()}`, live: true });
    serviceId = service.id;
    templateId = (await herald.scenario.anEmailTemplate(service.id, { name: 'Reminder', subject: 'Reminder', content: 'Dear ((name)), see you on ((date)).' }))
      .id;
    sender = await herald.scenario.aUser({ serviceId, permissions: ['send_messages'], name: 'Sam Scheduler' });
    page = await newPage(browser, { acceptDownloads: true });
    await signInWithKeyboard(page, herald.adminUrl, sender);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  function aCsv(name: string, rows: number): string {
    const path = join(folder, name);
    writeFileSync(path, ['email address,name,date', ...Array.from({ length: rows }, (_, i) => `person${i}@example.com,Person ${i},1 June`)].join('\n'));
    return path;
  }

  async function uploadWithKeyboard(path: string): Promise<void> {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/send/${templateId}/upload`);
    const input = page.getByLabel('CSV or Excel (.xlsx) file');
    await pressTabUntil(page, input);
    // The operating system's file chooser cannot be driven from the page: the file is handed to the focused input.
    await input.setInputFiles(path);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Upload file' }));
    await page.waitForURL(/\/uploads\/[0-9a-f-]{36}$/);
  }

  const recipientRows = () => page.locator('#recipients-table tbody tr');

  it('offers an example file with the template’s columns and one example row', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/send/${templateId}/upload`);
    const download = page.waitForEvent('download');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Download an example CSV file' }));
    const example = readFileSync(await (await download).path(), 'utf8');
    expect(example).toBe('email address,name,date\r\ntest@example.com,example name,example date\r\n');
  });

  it('schedules a file for tomorrow at 9am by typing the time', async () => {
    await uploadWithKeyboard(aCsv('later.csv', 60));
    await checkPage(page, 'send-bulk-schedule-check');
    const when = page.getByLabel('When to send them (UK time)');
    await pressTabUntil(page, when);
    // A focused list jumps to the first choice that starts with what is typed.
    await page.keyboard.type('Tomorrow at 9');
    expect(await when.evaluate((select) => (select as unknown as { selectedOptions: Array<{ text: string }> }).selectedOptions[0].text)).toBe(
      'Tomorrow at 9am',
    );
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Schedule 60 emails' }));
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    expect(await page.locator('[data-field="statusText"]').textContent()).toMatch(/^Scheduled for \d{1,2} \w+ \d{4} at 09:00$/);
    expect(await page.locator('#no-recipients').textContent()).toBe('No messages have been made from this file yet.');
    await checkPage(page, 'send-bulk-scheduled');
  });

  it('cancels the scheduled send after asking to be sure', async () => {
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Cancel this send' }));
    await page.waitForURL(/\/cancel$/);
    expect(await page.locator('h1').textContent()).toBe('Are you sure you want to cancel sending later.csv?');
    await checkPage(page, 'send-bulk-cancel-confirm');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Yes, cancel sending' }));
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    expect(await page.locator('[data-field="statusText"]').textContent()).toBe('Cancelled');
    expect(await page.locator('#job-cancelled').textContent()).toContain('60 messages cancelled: they were never sent.');
    expect(await page.getByRole('button', { name: 'Cancel this send' }).count()).toBe(0);
    await checkPage(page, 'send-bulk-cancelled');
  });

  it('lists the recipients of a file sent now, 50 a page, and filters them by status', async () => {
    await uploadWithKeyboard(aCsv('now.csv', 60));
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send 60 emails' }));
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    const jobUrl = page.url();
    await eventually(async () => {
      await openPage(page, jobUrl);
      expect(await page.locator('#recipients-table caption').textContent()).toBe('60 recipients (page 1 of 2)');
      expect(await page.locator('[data-field="delivered"]').textContent()).toBe('60');
    });
    expect(await recipientRows().count()).toBe(50);
    expect((await recipientRows().first().textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^2 person0@example\.com Delivered /);
    await checkPage(page, 'send-bulk-recipients');

    await activateWithKeyboard(page, page.getByRole('link', { name: /Next/ }));
    await page.waitForURL(/page=2/);
    expect(await recipientRows().count()).toBe(10);
    expect((await recipientRows().last().textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^61 person59@example\.com Delivered /);

    await pressTabUntil(page, page.getByLabel('Show'));
    await page.keyboard.type('Failed');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Show recipients' }));
    await page.waitForURL(/status=failed/);
    expect(await page.locator('#no-recipients').textContent()).toBe('No recipients have this status.');
    await checkPage(page, 'send-bulk-recipients-failed');

    await pressTabUntil(page, page.getByLabel('Show'));
    await page.keyboard.type('Delivered');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Show recipients' }));
    await page.waitForURL(/status=delivered/);
    expect(await page.locator('#recipients-table caption').textContent()).toBe('60 recipients (page 1 of 2)');
    expect(await page.getByRole('link', { name: 'Download report (CSV)' }).count()).toBe(1);
  });
});
