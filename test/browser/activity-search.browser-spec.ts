import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { NotificationRepository } from '@herald/persistence';
import {
  activateWithKeyboard,
  AdminUnderTest,
  bearerFor,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  newPage,
  openPage,
  pressTabUntil,
  signInWithKeyboard,
  TestApiKey,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

/**
 * A team member finds messages sent through the API and from the admin: by all or part of a
 * recipient, by reference, by channel and status; downloads what they found as CSV; and reads one's
 * sender and history, each status once, in words for people. The dashboard counts them. Keyboard
 * only, axe and a screenshot on every page.
 */
describe('searching activity in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let member: TestUser;
  let serviceId: string;
  let serviceName: string;
  let key: TestApiKey;
  const sent: Record<'delivered' | 'failed' | 'waiting' | 'text' | 'letter', string> = { delivered: '', failed: '', waiting: '', text: '', letter: '' };

  const send = async (path: 'email' | 'sms', body: object): Promise<string> => {
    const response = await request(herald.apiUrl)
      .post(`/v2/notifications/${path}`)
      .set('Authorization', bearerFor(serviceId, key.secret))
      .send(body)
      .expect(201);
    return response.body.id as string;
  };

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Benefit claims ${Date.now()}`, live: true });
    [serviceId, serviceName] = [service.id, service.name];
    key = await herald.scenario.anApiKey(serviceId, 'normal', 'Claims system');
    const email = await herald.scenario.anEmailTemplate(serviceId, {
      name: 'Claim received',
      subject: 'We got your claim, ((name))',
      content: 'Dear ((name)), your claim is ((date)).',
    });
    const text = await herald.scenario.anSmsTemplate(serviceId, { name: 'Claim text', content: 'Hello ((name)), claim on ((date)).' });
    const personalisation = { name: 'Ada', date: 'in' };
    sent.delivered = await send('email', { template_id: email.id, email_address: 'Ada.Lovelace@example.com', personalisation, reference: 'claim-1815' });
    sent.failed = await send('email', { template_id: email.id, email_address: 'charles@example.com', personalisation, reference: 'claim-1791' });
    sent.waiting = await send('email', { template_id: email.id, email_address: 'ada.lovelace@example.com', personalisation });
    sent.text = await send('sms', { template_id: text.id, phone_number: '07700 900321', personalisation });
    // What the worker and the provider's receipts would do.
    const notifications = herald.get(NotificationRepository);
    await notifications.recordDelivery(serviceId, sent.delivered, {
      provider: 'smtp',
      providerReference: 'message-1815',
      status: 'sending',
      sentAt: new Date(),
    });
    // A receipt heard twice: the history still lists "Sending" once.
    await herald
      .get(DataSource)
      .query('INSERT INTO notification_status_history (id, notification_id, service_id, status, created_at) VALUES ($1, $2, $3, $4, $5)', [
        randomUUID(),
        sent.delivered,
        serviceId,
        'sending',
        new Date(),
      ]);
    await notifications.applyReceipt({ id: sent.delivered, status: 'delivered', at: new Date() });
    await notifications.fail(serviceId, sent.failed, 'permanent-failure');

    // A letter a team member sent from the admin.
    const letter = await herald.scenario.aTemplateOfType(serviceId, 'letter', 'Dear ((name)), your claim is in.');
    const alice = await herald.scenario.aUser({ serviceId, permissions: ['send_messages'], name: 'Alice Smith' });
    const letterSent = await request(herald.apiUrl)
      .post(`/internal/services/${serviceId}/send/${letter.id}`)
      .set('Authorization', `Bearer ${await herald.scenario.aSession(alice.id)}`)
      .send({ values: { 'address line 1': 'Jo Bloggs', 'address line 2': '1 High Street', 'address line 3': 'SW1A 1AA', name: 'Jo' } })
      .expect(201);
    sent.letter = letterSent.body.notificationId as string;

    member = await herald.scenario.aUser({ serviceId, permissions: ['view_dashboard'], name: 'Dana Viewer' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, member);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  const rows = () => page.locator('#notifications tbody tr');
  const search = async (text: string) => {
    await typeWithKeyboard(page, page.getByLabel('Search by recipient or reference'), text);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Search' }));
    await page.waitForURL((url) => url.searchParams.get('search') === text);
  };

  it('shows the last 7 days, the 30-day chart with its table, and the failure to look at on the dashboard', async () => {
    await openPage(page, `${herald.adminUrl}/services`);
    await activateWithKeyboard(page, page.getByRole('link', { name: serviceName }));
    await page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
    expect(await page.title()).toBe(`Dashboard - ${serviceName} - Herald`);
    const figures = (channel: string) => page.locator(`#last-seven-days tr[data-channel="${channel}"] td`).allTextContents();
    expect(await figures('email')).toEqual(['3', '1', '1']);
    expect(await figures('sms')).toEqual(['1', '0', '0']);
    expect(await page.locator('svg[role="img"] title').textContent()).toBe('Messages sent each day, last 30 days');
    expect(await page.locator('#failures tbody tr').count()).toBe(1);
    await activateWithKeyboard(page, page.locator('summary', { hasText: 'The last 30 days as a table' }));
    expect(await page.locator('#daily-table tbody tr').count()).toBe(30);
    await checkPage(page, 'activity-dashboard');
  });

  it('finds a recipient’s messages however the address is typed', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Activity', exact: true }));
    await page.waitForURL(/\/activity$/);
    expect(await rows().count()).toBe(5);
    await checkPage(page, 'activity-all');

    await search('ADA.LOVELACE@example.com');
    expect(await rows().count()).toBe(2);
    expect(await rows().locator('a').allTextContents()).toEqual(['ada.lovelace@example.com', 'Ada.Lovelace@example.com']);
    await checkPage(page, 'activity-by-recipient');

    await search('07700900321');
    expect(await rows().locator('a').allTextContents()).toEqual(['07700 900321']);
  });

  it('finds a message by its reference', async () => {
    await search('claim-1791');
    expect(await rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('charles@example.com');
    await checkPage(page, 'activity-by-reference');
  });

  it('filters by status with the checkboxes', async () => {
    await typeWithKeyboard(page, page.getByLabel('Search by recipient or reference'), '');
    await page.keyboard.press('Delete');
    await pressTabUntil(page, page.getByLabel('Failed', { exact: true }));
    await page.keyboard.press('Space');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Search' }));
    await page.waitForURL(/status=failed/);
    expect(await rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('Failed: email address does not exist');
    expect(await page.getByLabel('Failed', { exact: true }).isChecked()).toBe(true);
    await checkPage(page, 'activity-failed');
  });

  it('opens a message and reads its whole history, provider and content', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/activity?search=claim-1815`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Ada.Lovelace@example.com' }));
    await page.waitForURL(new RegExp(`/notifications/${sent.delivered}$`));
    expect(await page.title()).toBe(`Email to Ada.Lovelace@example.com - ${serviceName} - Herald`);
    // Each status once, though "sending" was heard twice.
    expect((await page.locator('#history tbody tr td:first-child').allTextContents()).map((t) => t.trim())).toEqual(['Delivered', 'Sending', 'Accepted']);
    const facts = await page.locator('#notification-facts').textContent();
    expect(facts).toContain('message-1815');
    expect(facts).toContain('API key Claims system (live key)');
    expect(facts).toContain('claim-1815');
    expect(await page.locator('#message-content').textContent()).toContain('We got your claim, Ada');
    await checkPage(page, 'activity-notification');
  });

  it('finds messages by part of an email address, a phone number or a postal address', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/activity`);
    await search('lovelace');
    expect(await rows().locator('a').allTextContents()).toEqual(['ada.lovelace@example.com', 'Ada.Lovelace@example.com']);
    await search('900 32');
    expect(await rows().locator('a').allTextContents()).toEqual(['07700 900321']);
    await search('high street');
    expect(await rows().locator('a').allTextContents()).toEqual(['Jo Bloggs, 1 High Street, SW1A 1AA']);
    expect(await rows().first().textContent()).toMatch(/Printing (today|tomorrow) at 5:30pm/);
    expect(await rows().first().textContent()).toContain('Sent by Alice Smith');
    await checkPage(page, 'activity-by-part-of-address');
  });

  it('filters by channel, and downloads the messages found as CSV with the same filters', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/activity`);
    await pressTabUntil(page, page.getByLabel('Emails', { exact: true }));
    await page.keyboard.press('Space');
    await typeWithKeyboard(page, page.getByLabel('Search by recipient or reference'), 'example.com');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Search' }));
    await page.waitForURL(/channel=email/);
    expect(await rows().count()).toBe(3);
    expect(await rows().allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Sent by API key Claims system')]));
    await checkPage(page, 'activity-emails-found');

    const download = page.waitForEvent('download');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Download the messages found as a spreadsheet (CSV)' }));
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^activity-\d{4}-\d\d-\d\d\.csv$/);
    const lines = readFileSync(await file.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Recipient,Reference,Template,Channel,Status,Sent by,Time (UK)');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 5).join(','))).toEqual([
      'ada.lovelace@example.com,,Claim received,Email,Sending',
      'charles@example.com,claim-1791,Claim received,Email,Failed: email address does not exist',
      'Ada.Lovelace@example.com,claim-1815,Claim received,Email,Delivered',
    ]);
  });

  it('shows who sent a letter from the admin, when it will be printed, and its history once', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/notifications/${sent.letter}`);
    expect(await page.locator('#current-status').textContent()).toMatch(/^Printing (today|tomorrow) at 5:30pm$/);
    const facts = await page.locator('#notification-facts').textContent();
    expect(facts).toContain('Sent by');
    expect(facts).toContain('Alice Smith');
    expect((await page.locator('#history tbody tr td:first-child').allTextContents()).map((t) => t.trim())).toEqual(['Accepted']);
    await checkPage(page, 'activity-letter-from-team-member');
  });
});
