import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
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
 * A team member finds messages sent through the API: by recipient, by reference, by status, and
 * reads one's history. The dashboard counts them. Keyboard only, axe and a screenshot on every page.
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
  const sent: Record<'delivered' | 'failed' | 'waiting' | 'text', string> = { delivered: '', failed: '', waiting: '', text: '' };

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
    await notifications.applyReceipt({ id: sent.delivered, status: 'delivered', at: new Date() });
    await notifications.fail(serviceId, sent.failed, 'permanent-failure');

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
    expect(await rows().count()).toBe(4);
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
    expect(await rows().first().textContent()).toContain('Email address does not exist');
    expect(await page.getByLabel('Failed', { exact: true }).isChecked()).toBe(true);
    await checkPage(page, 'activity-failed');
  });

  it('opens a message and reads its whole history, provider and content', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/activity?search=claim-1815`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Ada.Lovelace@example.com' }));
    await page.waitForURL(new RegExp(`/notifications/${sent.delivered}$`));
    expect(await page.title()).toBe(`Email to Ada.Lovelace@example.com - ${serviceName} - Herald`);
    expect((await page.locator('#history tbody tr td:first-child').allTextContents()).map((t) => t.trim())).toEqual(['Delivered', 'Sending', 'Accepted']);
    const facts = await page.locator('#notification-facts').textContent();
    expect(facts).toContain('message-1815');
    expect(facts).toContain('API key Claims system (normal)');
    expect(facts).toContain('claim-1815');
    expect(await page.locator('#message-content').textContent()).toContain('We got your claim, Ada');
    await checkPage(page, 'activity-notification');
  });
});
