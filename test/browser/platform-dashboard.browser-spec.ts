import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { GoLiveRequestRepository } from '@herald/persistence';
import { SystemEmails } from '../../apps/api/src/system-emails/system-emails.service';
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

/** The little of the DOM the page functions below touch (the project compiles without DOM types). */
interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null };
  heraldSamePage?: boolean;
}

/** An operator watches the platform: the dashboard moving, a provider switched, a service taken live, a notification found. */
describe('the platform dashboard, for operators', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let operator: TestUser;
  let key: TestApiKey;
  let templateId: string;
  let trialName: string;
  const sentIds: string[] = [];
  let navigations = 0;

  beforeAll(async () => {
    // With a worker, so the messages sent here are delivered (through the outbox) and none is left behind.
    herald = await AdminUnderTest.start({}, { worker: true });
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Vehicle tax ${randomUUID().slice(0, 8)}` });
    key = await herald.scenario.anApiKey(service.id);
    templateId = (await herald.scenario.anEmailTemplate(service.id)).id;
    operator = await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' });
    const trial = await herald.scenario.aService({ name: `Fishing licences ${randomUUID().slice(0, 8)}`, live: false });
    trialName = trial.name;
    const asker = await herald.scenario.aUser({ serviceId: trial.id });
    await herald.get(GoLiveRequestRepository).create(trial.id, asker.id, { expectedEmailVolume: '20,000 a year' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, operator);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  async function sendAnEmail(): Promise<void> {
    const response = await fetch(`${herald.apiUrl}/v2/notifications/email`, {
      method: 'POST',
      headers: { authorization: bearerFor(key.serviceId, key.secret), 'content-type': 'application/json' },
      body: JSON.stringify({ email_address: 'jo@example.com', template_id: templateId, personalisation: { name: 'Jo', date: 'Monday' } }),
    });
    expect(response.status).toBe(201);
    sentIds.push(((await response.json()) as { id: string }).id);
  }

  const emailsInTheLastHour = async () => Number((await page.locator('[data-figure="total-email"]').textContent())?.replace(/,/g, ''));

  it('shows the figures moving while messages are sent, without reloading the page', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Platform admin' }));
    await page.waitForURL((url) => url.pathname === '/platform/services');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Platform dashboard' }));
    await page.waitForURL((url) => url.pathname === '/platform/dashboard');
    expect(await page.title()).toBe('Platform dashboard - Herald');
    await checkPage(page, 'platform-dashboard');

    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).heraldSamePage = true;
    });
    const before = await emailsInTheLastHour();
    const version = await page.locator('[data-version]').getAttribute('data-version');
    for (let i = 0; i < 3; i += 1) await sendAnEmail();

    // The figure is written with thousands separators ("1,003").
    await page.waitForFunction(
      (expected) =>
        Number((globalThis as unknown as PageGlobals).document.querySelector('[data-figure="total-email"]')?.textContent?.replace(/,/g, '')) >= expected,
      before + 3,
    );
    expect(await page.locator('[data-version]').getAttribute('data-version')).not.toBe(version);
    expect(await page.locator('#platform-figures').getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).heraldSamePage)).toBe(true);
    expect(navigations).toBe(0);
    expect(await page.locator('[data-queue="send-email"]').count()).toBe(1);
    await checkPage(page, 'platform-dashboard-updated');
  });

  it('switches the text message provider off, after confirming, and on again', async () => {
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Switch off outbox' }));
    // The only provider that is on: switching it off asks first (platform-confirmations.browser-spec.ts checks the page).
    await page.waitForURL((url) => url.pathname === '/platform/sms-providers/outbox/switch-off');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Yes, switch off outbox' }));
    await page.waitForURL((url) => url.searchParams.get('switched') === 'outbox');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Text message provider outbox is switched off');
    expect(await page.locator('[data-sms-provider="outbox"] [data-figure="state"]').textContent()).toContain('Switched off');
    await checkPage(page, 'platform-dashboard-provider-off');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Switch on outbox' }));
    await page.waitForURL((url) => url.searchParams.get('enabled') === 'true');
    expect(await page.locator('[data-sms-provider="outbox"] [data-figure="state"]').textContent()).toContain('Healthy');
  });

  it('approves a trial service’s request to go live', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'All services' }));
    await page.waitForURL((url) => url.pathname === '/platform/services');
    expect(await page.title()).toBe('All services - Herald');
    await checkPage(page, 'platform-services');
    const request = page.locator('.herald-go-live-request', { hasText: trialName });
    expect(await request.textContent()).toContain('20,000 a year');

    await activateWithKeyboard(page, request.getByRole('button', { name: 'Approve' }));
    await page.waitForURL((url) => url.pathname.endsWith('/approve'));
    await activateWithKeyboard(page, page.getByRole('button', { name: `Yes, make ${trialName} live` }));
    await page.waitForURL((url) => url.searchParams.get('decided') === 'approved');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain(`${trialName} is now live`);
    expect(await page.locator('.herald-go-live-request', { hasText: trialName }).count()).toBe(0);
    expect(await page.getByRole('row', { name: new RegExp(trialName) }).textContent()).toContain('Live');
    await checkPage(page, 'platform-services-approved');
  });

  it('finds a notification by id, and sees the look-up in the audit log', async () => {
    const id = sentIds[0];
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Find a notification' }));
    await page.waitForURL((url) => url.pathname === '/platform/find');
    await checkPage(page, 'platform-find');
    await typeWithKeyboard(page, page.getByLabel('Notification id'), id);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('notificationId') === id);
    expect(await page.getByRole('heading', { level: 2, name: `Notification ${id}` }).count()).toBe(1);
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Vehicle tax');
    await checkPage(page, 'platform-find-found');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Audit log' }));
    await page.waitForURL((url) => url.pathname === '/platform/audit');
    // The events read as sentences (platform-audit.browser-spec.ts checks them and the filters).
    expect(await page.locator('.herald-audit-event p', { hasText: id }).first().textContent()).toContain(
      `Olu Operator looked up notification ${id} of Vehicle tax`,
    );
    expect(await page.locator('.herald-audit-event p', { hasText: `made ${trialName} live` }).count()).toBe(1);
    await checkPage(page, 'platform-audit');

    // Typing on a focused select picks the matching option, as a keyboard user would.
    await pressTabUntil(page, page.getByLabel('Service', { exact: true }));
    await page.keyboard.type(trialName);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Filter' }));
    await page.waitForURL((url) => url.searchParams.has('serviceId'));
    const services = await page.locator('.herald-audit-event').allTextContents();
    expect(services.length).toBeGreaterThan(0);
    expect(services.every((text) => text.includes(trialName))).toBe(true);
    await checkPage(page, 'platform-audit-filtered');
  });

  it('tells an operator when no notification has the id', async () => {
    await openPage(page, `${herald.adminUrl}/platform/find`);
    await typeWithKeyboard(page, page.getByLabel('Notification id'), randomUUID());
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('No notification has this id');
    expect(await page.title()).toBe('Error: Find a notification - Herald');
    await checkPage(page, 'platform-find-not-found');
  });

  it('shows a system email found by id, its status but no link to the service pages that never show it', async () => {
    const id = await herald.api.get(SystemEmails, { strict: false }).send('sign-in-code', 'found@example.gov.uk', { code: '123456' });
    await openPage(page, `${herald.adminUrl}/platform/find?notificationId=${id}`);
    await page.locator('#found').waitFor();
    const main = page.locator('main');
    expect(await main.locator('#system-message').textContent()).toContain('Herald sent this itself');
    expect((await main.locator('[data-figure="status"]').textContent())?.trim()).toMatch(/^[a-z-]+$/);
    expect(await main.locator('a[href^="/services/"]').count()).toBe(0);
    expect(await main.textContent()).not.toContain('123456');
    await checkPage(page, 'platform-find-system-email');
  });
});
