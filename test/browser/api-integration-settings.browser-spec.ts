import type { Browser, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  newPage,
  openPage,
  signInWithKeyboard,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

/** The guest list and callbacks pages of API integration, keyboard only. */
describe('guest list and callbacks in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let developer: TestUser;
  let serviceId: string;

  beforeAll(async () => {
    // Private callback URLs refused, as in production, so the callback form shows that error.
    herald = await AdminUnderTest.start({ ALLOW_PRIVATE_CALLBACK_URLS: 'false' });
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Fishing licences ${Date.now()}`, live: false });
    serviceId = service.id;
    developer = await herald.scenario.aUser({ serviceId: service.id, permissions: ['manage_api_keys'] });
  });

  beforeEach(async () => {
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, developer);
  });

  afterEach(async () => {
    await page.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  it('keeps a guest list, saying which entry is wrong', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/api`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Guest list' }));
    await page.waitForURL(/\/api\/guest-list$/);
    await checkPage(page, 'guest-list');

    await typeWithKeyboard(page, page.getByLabel('Email address 1'), 'friend@example.gov.uk');
    await typeWithKeyboard(page, page.getByLabel('Email address 2'), 'not-an-address');
    await typeWithKeyboard(page, page.getByLabel('Mobile number 1'), '07700 900123');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Email address 2 must be in the correct format');
    await checkPage(page, 'guest-list-error');

    // The summary links to the field at fault.
    await activateWithKeyboard(page, page.locator('.govuk-error-summary a'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/api\/guest-list\?saved=1$/);
    expect(await page.getByLabel('Email address 1').inputValue()).toBe('friend@example.gov.uk');
    expect(await page.getByLabel('Mobile number 1').inputValue()).toBe('07700 900123');
    await checkPage(page, 'guest-list-saved');
  });

  it('sets a delivery receipt callback without ever showing the token again', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/api`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Callbacks' }));
    await page.waitForURL(/\/api\/callbacks$/);
    await checkPage(page, 'callbacks');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change callbacks for delivery receipts' }));
    await page.waitForURL(/\/callbacks\/delivery-receipts$/);
    await checkPage(page, 'callback-delivery-receipts');

    await typeWithKeyboard(page, page.getByLabel('URL'), 'https://127.0.0.1/receipts');
    await typeWithKeyboard(page, page.getByLabel('Bearer token'), 'short');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForSelector('.govuk-error-summary');
    const summary = await page.locator('.govuk-error-summary').textContent();
    expect(summary).toContain('Enter a URL on the public internet – 127.0.0.1 is a loopback address');
    expect(summary).toContain('Bearer token must be at least 10 characters');
    await checkPage(page, 'callback-errors');

    await typeWithKeyboard(page, page.getByLabel('URL'), 'https://93.184.215.14/receipts');
    await typeWithKeyboard(page, page.getByLabel('Bearer token'), 'a-long-enough-token');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/api\/callbacks\?saved=1$/);
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('https://93.184.215.14/receipts');
    await checkPage(page, 'callbacks-saved');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change callbacks for delivery receipts' }));
    await page.waitForURL(/\/callbacks\/delivery-receipts$/);
    expect(await page.content()).not.toContain('a-long-enough-token');
    await checkPage(page, 'callback-change');
  });
});
