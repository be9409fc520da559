import type { Browser, Locator, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  newPage,
  pressTabUntil,
  signInWithKeyboard,
  typeWithKeyboard,
} from '@herald/testing';

/** Issue 12's admin pages with the keyboard alone: the template-set editor and the assisted-preference page, axe on each. */
describe('omnichannel admin pages', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let serviceName: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Benefits office ${Date.now()}` });
    serviceName = service.name;
    const editor = await herald.scenario.aUser({
      serviceId: service.id,
      permissions: ['send_messages', 'manage_templates', 'view_dashboard'],
      name: 'Kim Keyboard',
    });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, editor);
    await activateWithKeyboard(page, page.getByRole('link', { name: serviceName }));
    await page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  async function follow(target: Locator, url: RegExp): Promise<void> {
    await activateWithKeyboard(page, target);
    await page.waitForURL(url);
  }

  /** Chooses the channel and language of a new variant and presses "Add variant" (the page comes back with its fields). */
  async function addVariant(channel: string, language: string): Promise<void> {
    await pressTabUntil(page, page.getByLabel('Channel', { exact: true }));
    await page.getByLabel('Channel', { exact: true }).selectOption({ label: channel });
    await pressTabUntil(page, page.getByLabel('Language', { exact: true }));
    await page.getByLabel('Language', { exact: true }).selectOption({ label: language });
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add variant' }));
    await page.getByRole('textbox', { name: `${channel} in ${language}: Message` }).waitFor();
  }

  it('R-RT-5: creates a set with email, text and letter variants side by side', async () => {
    await follow(page.getByRole('link', { name: 'Template sets', exact: true }), /\/template-sets$/);
    expect(await page.title()).toBe(`Template sets - ${serviceName} - Herald`);
    await checkPage(page, 'template-sets-empty-list');
    await follow(page.getByRole('button', { name: 'New template set' }), /\/template-sets\/new$/);
    await checkPage(page, 'template-sets-new');

    await typeWithKeyboard(page, page.getByLabel('Name', { exact: true }), 'Payment due');
    await activateWithKeyboard(page, page.getByLabel('Statutory'), 'Space');
    await typeWithKeyboard(page, page.getByLabel('Label people see'), 'Payment reminders');
    await addVariant('Email', 'English');
    await addVariant('Text message', 'English');
    await addVariant('Letter', 'English');
    await checkPage(page, 'template-sets-new-three-variants');

    await typeWithKeyboard(page, page.getByLabel('Email in English: Subject'), 'Payment due on ((date))');
    await typeWithKeyboard(page, page.getByLabel('Email in English: Message'), 'Dear ((name)), pay by ((date)).');
    // The text forgets ((date)): saving is fine, publishing is refused.
    await typeWithKeyboard(page, page.getByLabel('Text message in English: Message'), 'Dear ((name)), please pay soon.');
    await typeWithKeyboard(page, page.getByLabel('Letter in English: Heading'), 'Payment due');
    await typeWithKeyboard(page, page.getByLabel('Letter in English: Message'), 'Dear ((name)),\n\nPlease pay by ((date)).');
    await follow(page.getByRole('button', { name: 'Save draft' }), /\/template-sets\/[0-9a-f-]{36}\?done=created$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Template set created as a draft.');
    await checkPage(page, 'template-sets-edit');
  });

  it('R-RT-5: a refused publish names the missing placeholder of the text variant and links to its field', async () => {
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Publish' }));
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('sms (en): missing ((date))');
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page, 'template-sets-publish-refused');

    await activateWithKeyboard(page, summary.getByRole('link', { name: 'sms (en): missing ((date))' }));
    const sms = page.getByLabel('Text message in English: Message');
    await expect(sms.evaluate((e) => e === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Dear ((name)), please pay by ((date)).');
    await follow(page.getByRole('button', { name: 'Save draft' }), /\?done=saved$/);
    await follow(page.getByRole('button', { name: 'Publish' }), /\?done=published$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Published as version 1.');
    expect(await page.locator('#published-version').textContent()).toContain('Messages use published version 1.');
    await checkPage(page, 'template-sets-published');
  });

  it('R-LF-4: previews every variant: the email, the text with its fragment count, and the letter PDFs in standard and large print', async () => {
    await follow(page.getByRole('link', { name: /Preview every variant/ }), /\/preview$/);
    expect(await page.frameLocator('iframe.herald-email-preview').locator('body').textContent()).toContain('pay by ((date)).');
    expect(await page.locator('[data-preview="sms"]').textContent()).toBe('Dear ((name)), please pay by ((date)).');
    expect(await page.locator('#sms-fragments-en').textContent()).toContain('Sent as 1 text message');
    await checkPage(page, 'template-sets-preview');
    for (const name of ['Letter in English, standard print (PDF)', 'Letter in English, large print (PDF)']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      // Fetched with the browser's cookies (Chromium would download the file rather than show it).
      const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const pdf = await fetch(`${herald.adminUrl}${href}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
  });

  it('R-PR-5: staff look a person up, record an assisted change, and see it in the history', async () => {
    await follow(page.getByRole('link', { name: 'Recipient preferences' }), /\/recipient-preferences$/);
    await checkPage(page, 'recipient-preferences-lookup');
    await typeWithKeyboard(page, page.getByLabel('Email address or phone number of the person'), 'Rhian.Jones@example.org');
    await follow(page.getByRole('button', { name: 'Find' }), /recipient=Rhian\.Jones%40example\.org/);
    expect(await page.locator('#choices').textContent()).toContain('r•••@example.org');
    await checkPage(page, 'recipient-preferences-nothing-recorded');

    await pressTabUntil(page, page.getByLabel('Email', { exact: true }));
    await page.getByLabel('Email', { exact: true }).selectOption({ label: 'Off' });
    await pressTabUntil(page, page.getByLabel('Language (every service)'));
    await page.getByLabel('Language (every service)').selectOption({ label: 'Welsh' });
    await follow(page.getByRole('button', { name: 'Record change' }), /done=recorded/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Change recorded.');
    expect(await page.locator('#current-choices').textContent()).toContain('Email: off');
    const history = (await page.locator('#history tbody tr').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(history).toHaveLength(2);
    expect(history.some((row) => row.includes('Email switch') && row.includes('Assisted by Kim Keyboard'))).toBe(true);
    expect(history.some((row) => row.includes('Language') && row.includes('Not set to cy'))).toBe(true);
    await checkPage(page, 'recipient-preferences-recorded');
  });
});
