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
  typeWithKeyboard,
} from '@herald/testing';

/** Writing templates in the admin, with the keyboard alone: previews, placeholders, versions and fragment counts. */
describe('creating and editing templates', () => {
  // Each page gets an axe check and a screenshot, which take seconds on a busy machine.
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let editor: TestUser;
  let serviceName: string;
  let serviceId: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Passport office ${Date.now()}` });
    serviceName = service.name;
    serviceId = service.id;
    editor = await herald.scenario.aUser({ serviceId: service.id, permissions: ['send_messages', 'manage_templates'] });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, editor);
    await activateWithKeyboard(page, page.getByRole('link', { name: serviceName }));
    await page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  const emailPreview = () => page.frameLocator('iframe.herald-email-preview');
  const heading = async (): Promise<string> => ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/\s+/g, ' ').trim();

  /** Presses a link or button and waits for the page it leads to. */
  async function follow(target: ReturnType<Page['getByRole']>, url: RegExp): Promise<void> {
    await activateWithKeyboard(page, target);
    await page.waitForURL(url);
  }

  it('asks for the fields of a new email template', async () => {
    await follow(page.getByRole('link', { name: 'Templates', exact: true }), /\/templates$/);
    expect(await page.title()).toBe(`Templates - ${serviceName} - Herald`);
    await checkPage(page, 'templates-empty-list');

    await follow(page.getByRole('button', { name: 'New template' }), /\/templates\/new/);
    await checkPage(page, 'templates-choose-type');
    await activateWithKeyboard(page, page.getByLabel('Email'), 'Space');
    await follow(page.getByRole('button', { name: 'Continue' }), /\/templates\/create\?type=email/);
    expect(await heading()).toBe('New email template');
    await checkPage(page, 'templates-new-email');

    await follow(page.getByRole('button', { name: 'Save' }), /\/templates\/create$/);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter a name for this template');
    await checkPage(page, 'templates-new-email-errors');
  });

  it('saves the email template and shows its preview and placeholders', async () => {
    await typeWithKeyboard(page, page.getByLabel('Template name'), 'Passport ready');
    await typeWithKeyboard(page, page.getByLabel('Subject line of the email'), 'Your ((document)) is ready');
    await typeWithKeyboard(page, page.getByLabel('Message'), 'Dear ((name)),\n\nYour ((document)) is ready to collect.');
    await follow(page.getByRole('button', { name: 'Save' }), /\/templates\/[0-9a-f-]{36}\?done=created$/);
    expect(await heading()).toBe('Email template Passport ready');
    expect(await emailPreview().locator('body').textContent()).toContain('Your ((document)) is ready to collect.');
    expect(await page.locator('[data-preview="subject"]').textContent()).toBe('Your ((document)) is ready');
    expect(await page.locator('main ul.govuk-list--bullet li').allTextContents()).toEqual(['((document))', '((name))']);
    await checkPage(page, 'templates-email-preview');
  });

  it('previews the email with values for its placeholders', async () => {
    await typeWithKeyboard(page, page.getByLabel('name', { exact: true }), 'Ada Lovelace');
    await typeWithKeyboard(page, page.getByLabel('document', { exact: true }), 'passport');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Preview with these values' }));
    await page.waitForURL(/values\.name=Ada\+Lovelace/);
    await page.locator('[data-preview="subject"]', { hasText: 'Your passport is ready' }).waitFor();
    await emailPreview().getByText('Dear Ada Lovelace,', { exact: true }).waitFor();
    await checkPage(page, 'templates-email-preview-with-values');
  });

  it('saves an edit as a new version and shows what changed in the version history', async () => {
    await follow(page.getByRole('button', { name: 'Edit' }), /\/edit$/);
    await checkPage(page, 'templates-edit-email');
    await typeWithKeyboard(page, page.getByLabel('Message'), 'Dear ((name)),\n\nYour ((document)) is ready to collect.\nBring your old one with you.');
    await follow(page.getByRole('button', { name: 'Save' }), /\?done=saved$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Template saved as version 2');

    await follow(page.getByRole('link', { name: /See version history/ }), /\/versions$/);
    expect(await page.title()).toBe(`Version history - Passport ready - ${serviceName} - Herald`);
    const added = page.locator('#version-2 ~ .herald-diff ins');
    expect((await added.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['+Added: Bring your old one with you.']);
    expect(await page.locator('del').count()).toBe(0);
    await checkPage(page, 'templates-version-history');
  });

  it('creates a text message template and shows how many messages it is sent as', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/templates`);
    await follow(page.getByRole('button', { name: 'New template' }), /\/templates\/new/);
    await pressTabUntil(page, page.getByLabel('Email'));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Text message').isChecked()).toBe(true);
    await follow(page.getByRole('button', { name: 'Continue' }), /type=sms/);
    await checkPage(page, 'templates-new-text-message');
    await typeWithKeyboard(page, page.getByLabel('Template name'), 'Appointment reminder');
    const message = `Hello ((name)), your appointment is tomorrow. ${'Please bring your documents. '.repeat(5)}`.trim();
    await typeWithKeyboard(page, page.getByLabel('Message'), message);
    await follow(page.getByRole('button', { name: 'Save' }), /\?done=created$/);
    expect(await page.locator('[data-preview="sms"]').textContent()).toContain('Hello ((name)), your appointment is tomorrow.');
    expect((await page.locator('#sms-count').textContent())?.replace(/\s+/g, ' ')).toContain(`${message.length} characters. Sent as 2 text messages`);
    await checkPage(page, 'templates-text-message-preview');
  });

  it('updates the preview as values are typed, when JavaScript runs', async () => {
    await typeWithKeyboard(page, page.getByLabel('name', { exact: true }), 'Grace');
    // No button pressed: the page's script fetches the preview for the typed value.
    await page.locator('[data-preview="sms"]', { hasText: 'Hello Grace, your appointment is tomorrow.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('values.name')).toBe('Grace');
    await checkPage(page, 'templates-text-message-live-preview');
  });
});
