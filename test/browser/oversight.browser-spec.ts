import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  aLookUp,
  aMessageWithBrailleLetter,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  closePage,
  launchBrowser,
  newPage,
  pressTabUntil,
  SeededLookUp,
  signInWithKeyboard,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

/**
 * Independent oversight (issue 13 §4), with the keyboard alone and axe on every page: an auditor
 * traces one look-up from the purpose log to the service that asked, cannot open the message, and
 * finds their own page views in the audit events. An operator grants the role.
 */
describe('oversight, for auditors', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let serviceId: string;
  let serviceName: string;
  let messageId: string;
  let lookUp: SeededLookUp;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Benefit reviews ${randomUUID().slice(0, 8)}` });
    serviceId = service.id;
    serviceName = service.name;
    await herald.scenario.aUser({ serviceId, name: 'Morgan Manager' });
    messageId = (await aMessageWithBrailleLetter(herald, serviceId)).messageId;
    lookUp = await aLookUp(herald, serviceId, { messageId });
    const auditor = await herald.scenario.aUser({ auditor: true, name: 'Dana Auditor' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, auditor);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  /** A link of the oversight pages' own navigation (the home page links to the same pages in its text). */
  const inNavigation = (name: string) => page.getByRole('navigation', { name: 'Oversight' }).getByRole('link', { name, exact: true });

  async function follow(target: Locator, path: string | RegExp): Promise<void> {
    await activateWithKeyboard(page, target);
    await page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)));
  }

  it('traces a look-up from the purpose log to the service that asked, and sees its purpose', async () => {
    await follow(page.getByRole('link', { name: 'Oversight', exact: true }), '/oversight');
    expect(await page.title()).toBe('Oversight - Herald');
    expect(await page.locator('[data-figure="lookups-30-days"]').textContent()).toContain('1');
    await checkPage(page, 'oversight-home');

    await follow(inNavigation('Purpose log'), '/oversight/purpose-log');
    const row = page.locator(`[data-entry="${lookUp.entryId}"]`);
    expect(await row.textContent()).toContain(serviceName);
    expect(await row.textContent()).toContain(lookUp.citizenLabel);
    await checkPage(page, 'oversight-purpose-log');

    await follow(row.getByRole('link'), `/oversight/purpose-log/${lookUp.entryId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Look-up by ${serviceName}`);
    expect(await page.locator('[data-figure="purpose-label"]').textContent()).toBe(lookUp.citizenLabel);
    expect(await page.locator('[data-figure="message-id"]').textContent()).toBe(messageId);
    expect(await page.locator('main').textContent()).toContain('Morgan Manager');
    await checkPage(page, 'oversight-entry');

    await follow(page.getByRole('link', { name: serviceName }), `/oversight/services/${serviceId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(serviceName);
    const grants = await page.locator('[data-table="grants"]').textContent();
    expect(grants).toContain(lookUp.register);
    expect(grants).toContain(lookUp.purpose);
    expect(grants).toContain(lookUp.citizenLabel);
    await checkPage(page, 'oversight-service');
  });

  it('cannot open the message the look-up was for, nor the service’s other pages', async () => {
    for (const path of [`/services/${serviceId}/messages/${messageId}`, `/services/${serviceId}/activity`, `/services/${serviceId}/templates`]) {
      const response = await page.goto(`${herald.adminUrl}${path}`);
      expect([path, response?.status()]).toEqual([path, 404]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
      expect(await page.content()).not.toContain('pat@example.org');
    }
  });

  it('filters the purpose log, and explains a date that is not one', async () => {
    await page.goto(`${herald.adminUrl}/oversight/purpose-log`);
    await pressTabUntil(page, page.getByLabel('Register', { exact: true }));
    await page.getByLabel('Register', { exact: true }).selectOption(lookUp.register);
    await typeWithKeyboard(page, page.getByLabel('From', { exact: true }), '2026-02-30');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Filter' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Purpose log - Herald');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('The start date must be a real date');
    await checkPage(page, 'oversight-purpose-log-error');

    await typeWithKeyboard(page, page.getByLabel('From', { exact: true }), new Date().toISOString().slice(0, 10));
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Filter' }));
    await page.waitForURL((url) => url.searchParams.get('from') === new Date().toISOString().slice(0, 10));
    expect(await page.locator('[data-figure="total"]').textContent()).toContain('Showing 1 to 1 of 1 look-ups');
    await checkPage(page, 'oversight-purpose-log-filtered');
  });

  it('shows the figures', async () => {
    await follow(inNavigation('Figures'), '/oversight/figures');
    const month = new Date().toISOString().slice(0, 7);
    expect(await page.locator(`[data-month="${month}"][data-service="${serviceId}"]`).textContent()).toContain(serviceName);
    await checkPage(page, 'oversight-figures');
  });

  it('lists the auditor’s own page views among the audit events', async () => {
    await follow(inNavigation('Audit events'), '/oversight/audit');
    // A sentence, as the platform's audit log reads, with what was recorded behind "Show what was recorded".
    const views = page.locator('.herald-audit-event').filter({
      has: page.getByText(
        new RegExp(`^Dana Auditor looked at the oversight page /internal/oversight/purpose-log/${lookUp.entryId}, \\d{1,2} \\w+ \\d{4} at \\d{2}:\\d{2}$`),
      ),
    });
    expect(await views.count()).toBe(1);
    expect(await page.getByRole('table').count()).toBe(0);
    // Many events come before it: focus its summary directly, then open it with the keyboard.
    await views.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await views.locator('.govuk-details__text').textContent()).toContain('oversight.page_viewed');
    await checkPage(page, 'oversight-audit');
  });

  it('is granted by an operator on the platform roles page', async () => {
    const operatorPage = await newPage(browser);
    try {
      const operator: TestUser = await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' });
      const person = await herald.scenario.aUser({ name: 'Remy Regulator', emailAddress: `remy-${randomUUID().slice(0, 8)}@example.gov.uk` });
      await signInWithKeyboard(operatorPage, herald.adminUrl, operator);
      await operatorPage.goto(`${herald.adminUrl}/platform/roles`);
      await typeWithKeyboard(operatorPage, operatorPage.getByLabel('Email address'), person.emailAddress);
      await activateWithKeyboard(operatorPage, operatorPage.getByRole('button', { name: 'Make an auditor' }));
      await operatorPage.waitForURL((url) => url.searchParams.get('auditor') === 'on');
      expect(await operatorPage.locator('.govuk-notification-banner').textContent()).toContain(`${person.emailAddress} is now an auditor`);
      expect(await operatorPage.locator(`[data-user="${person.emailAddress}"]`).textContent()).toContain('Auditor');
      await checkPage(operatorPage, 'platform-roles-granted');

      await activateWithKeyboard(operatorPage, operatorPage.getByRole('button', { name: 'Remove auditor role of Remy Regulator' }));
      await operatorPage.waitForURL((url) => url.searchParams.get('auditor') === 'off');
      expect(await operatorPage.locator('.govuk-notification-banner').textContent()).toContain(`${person.emailAddress} is no longer an auditor`);
      expect(await operatorPage.locator(`[data-user="${person.emailAddress}"]`).count()).toBe(0);
    } finally {
      await closePage(operatorPage);
    }
  });
});
