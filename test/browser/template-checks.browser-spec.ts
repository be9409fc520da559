import type { Browser, Page } from 'playwright-core';
import { TemplateAdministration } from '@herald/administration';
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

/** R-CK in the admin: a template's content checks beside the editor, and the service's Content checks settings; keyboard only. */
describe('content checks in the admin', () => {
  // Each step loads pages and runs axe on them: slow on a shared machine.
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let editor: TestUser;
  let serviceId: string;
  let templateUrl: string;

  const WORDY = 'Dear ((name)),\n\nWe will facilitate your application.\n\n[Apply for a licence](https://www.gov.uk/apply)';

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    serviceId = (await herald.scenario.aService({ name: `Licensing ${Date.now()}` })).id;
    editor = await herald.scenario.aUser({ serviceId, permissions: ['manage_templates', 'manage_service'], name: 'Kim Editor' });
    const template = await herald.get(TemplateAdministration).create(editor, serviceId, {
      type: 'email',
      name: 'Licence application',
      subject: 'Your licence application',
      content: 'Dear ((name)),\n\nWe have your application.',
    });
    templateUrl = `${herald.adminUrl}/services/${serviceId}/templates/${template.id}`;
    page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signInWithKeyboard(page, herald.adminUrl, editor);
  });

  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await herald?.stop();
  });

  const checks = () => page.locator('#content-checks');
  const findings = () => checks().locator('.herald-checks__findings .govuk-summary-list__row');
  const findingOf = (rule: string) => findings().filter({ hasText: rule });

  /** Opens the template's edit page, types the message and saves it. */
  async function saveMessage(content: string): Promise<void> {
    await openPage(page, `${templateUrl}/edit`);
    await typeWithKeyboard(page, page.getByLabel('Message'), content);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForLoadState('load');
  }

  it('R-CK-1: shows a finding, where it is and a suggestion beside the editor once the template is saved', async () => {
    await saveMessage(WORDY);
    await page.waitForURL(/\?done=saved$/);
    const facilitate = findingOf('Words to avoid');
    expect(await facilitate.locator('.govuk-tag').textContent()).toContain('Warning');
    expect(await facilitate.locator('.herald-checks__where').textContent()).toContain('Message, line 3, column 9');
    expect(await facilitate.locator('.herald-checks__text').textContent()).toBe('facilitate');
    expect(await facilitate.locator('.herald-checks__suggestion').textContent()).toMatch(/^Suggestion: .+/);
    expect(await checks().getByText('Flesch reading ease', { exact: true }).count()).toBe(1);
    await checkPage(page, 'template-checks-template-page');

    await openPage(page, `${templateUrl}/edit`);
    expect(await page.locator('.govuk-grid-column-one-third #content-checks').count()).toBe(1);
    expect(await findingOf('Words to avoid').locator('.herald-checks__text').textContent()).toBe('facilitate');
    await checkPage(page, 'template-checks-edit-page');
  });

  it('R-CK-2: refuses to save vague link text, naming it and its line beside the message', async () => {
    await saveMessage('Dear ((name)),\n\n[Click here](https://www.gov.uk/apply) to apply.');
    expect(page.url()).toMatch(/\/edit$/);
    const summary = await page.locator('.govuk-error-summary').textContent();
    expect(summary).toContain('Link text (message, line 3, column 2)');
    expect(summary).toContain('"Click here"');
    expect(await page.locator('#content-error').textContent()).toContain('Link text');
    await checkPage(page, 'template-checks-refused');
  });

  it('R-CK: a rule turned off on the Content checks page is gone from the next save', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/settings`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change content checks' }));
    await page.waitForURL(/\/settings\/content-checks$/);
    expect(await page.getByRole('group', { name: 'Words to avoid' }).getByLabel('Warning').isChecked()).toBe(true);
    await checkPage(page, 'template-checks-settings');

    await activateWithKeyboard(page, page.getByRole('group', { name: 'Words to avoid' }).getByLabel('Warning'), 'Space');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('group', { name: 'Words to avoid' }).getByLabel('Off').isChecked()).toBe(true);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/settings\?saved=content-checks$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Content checks changed');

    await saveMessage(WORDY);
    await page.waitForURL(/\?done=saved$/);
    expect(await findingOf('Words to avoid').count()).toBe(0);
    expect(
      await checks()
        .locator('.herald-checks__text', { hasText: /^facilitate$/ })
        .count(),
    ).toBe(0);
    expect(await checks().locator('#content-checks-summary').textContent()).toContain('Version 3');
  });
});
