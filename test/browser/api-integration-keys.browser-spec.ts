import { NotifyClient } from 'notifications-node-client';
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
  signInWithKeyboard,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

/**
 * A developer creates a live key, uses it, revokes it, and sees both requests in the log; keyboard
 * only. The steps share one signed-in page and run in order.
 */
describe('API keys in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let developer: TestUser;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Vehicle tax ${Date.now()}`, live: true });
    serviceId = service.id;
    templateId = (await herald.scenario.anEmailTemplate(service.id)).id;
    developer = await herald.scenario.aUser({ serviceId: service.id, permissions: ['manage_api_keys'], name: 'Dev Eloper' });
  });

  let apiKey: string;
  let client: NotifyClient;

  beforeAll(async () => {
    page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await signInWithKeyboard(page, herald.adminUrl, developer);
  });

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await herald?.stop();
  });

  const heading = () => page.getByRole('heading', { level: 1 }).textContent();

  it('creates a live key and shows it once, with a button to copy it', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'API integration' }));
    await page.waitForURL(/\/api$/);
    await checkPage(page, 'api-integration-empty');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'API keys' }));
    await page.waitForURL(/\/api\/keys$/);
    await checkPage(page, 'api-keys-none');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Create an API key' }));
    await page.waitForURL(/\/api\/keys\/create$/);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toMatch(/^Error: Create an API key - Vehicle tax/);
    await checkPage(page, 'api-key-create-errors');

    await typeWithKeyboard(page, page.getByLabel('Name for this key'), 'Tax reminders');
    await activateWithKeyboard(page, page.getByLabel('Live – sends to anyone'), 'Space');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('#api-key');
    expect(await heading()).toBe('New API key');
    await checkPage(page, 'api-key-new');

    // Copy the key from the page with its button, as a developer would.
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Copy API key to clipboard' }));
    await page.getByText('API key copied to clipboard').waitFor();
    apiKey = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(apiKey).toBe(await page.getByLabel('API key ‘Tax reminders’').inputValue());
    expect(apiKey).toMatch(new RegExp(`^tax_reminders-${serviceId}-[0-9a-f-]{36}$`));
  });

  it('sends an email with the copied key, then revokes the key through a confirmation page', async () => {
    client = new NotifyClient(herald.apiUrl, apiKey);
    const sent = await client.sendEmail(templateId, 'driver@example.com', { personalisation: { name: 'Sam', date: '1 May' } });
    expect(sent.status).toBe(201);

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Back to API keys' }));
    await page.waitForURL(/\/api\/keys$/);
    expect(await page.content()).not.toContain(apiKey.slice(-36));
    await checkPage(page, 'api-keys-one');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Revoke Tax reminders' }));
    await page.waitForURL(/\/revoke$/);
    expect(await heading()).toBe('Are you sure you want to revoke ‘Tax reminders’?');
    await checkPage(page, 'api-key-revoke-confirm');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Yes, revoke this API key' }));
    await page.waitForURL(/\/api\/keys\?revoked=1$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('API key revoked');
    expect(await page.locator('table').textContent()).toContain('Revoked');
    await checkPage(page, 'api-keys-revoked');
  });

  it('refuses the revoked key at once, and lists both requests with the error spelled out', async () => {
    await expect(client.sendEmail(templateId, 'driver@example.com', { personalisation: { name: 'Sam', date: '1 May' } })).rejects.toMatchObject({
      response: { status: 403, data: { status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: API key revoked' }] } },
    });

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Back to API integration' }));
    await page.waitForURL(/\/api$/);
    const rows = await eventually(async () => {
      await page.reload();
      const texts = await page.locator('table tbody tr').allTextContents();
      expect(texts).toHaveLength(2);
      return texts.map((t) => t.replace(/\s+/g, ' '));
    });
    expect(rows[0]).toContain('POST /v2/notifications/email');
    expect(rows[0]).toContain('Error 403: Invalid token: API key revoked');
    expect(rows[0]).toContain('Tax reminders');
    expect(rows[1]).toContain('POST /v2/notifications/email');
    expect(rows[1]).toContain('OK 201');
    expect(rows.join(' ')).not.toContain('driver@example.com');
    await checkPage(page, 'api-integration-requests');
  });
});
