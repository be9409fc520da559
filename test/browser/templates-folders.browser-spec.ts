import type { Browser, Locator, Page } from 'playwright-core';
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

/** Organising templates with the keyboard alone: folders, moving, copying, deleting, and a letter's PDF preview. */
describe('organising templates in folders', () => {
  // Each page gets an axe check and a screenshot, which take seconds on a busy machine.
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let editor: TestUser;
  let serviceId: string;
  let letterId: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Tax office ${Date.now()}` });
    serviceId = service.id;
    await herald.scenario.anEmailTemplate(serviceId, { name: 'Annual reminder' });
    await herald.scenario.anEmailTemplate(serviceId, { name: 'Payment received' });
    letterId = (await herald.scenario.aTemplateOfType(serviceId, 'letter', 'Dear ((name)),\n\nYour tax code has changed.')).id;
    editor = await herald.scenario.aUser({ serviceId, permissions: ['manage_templates'] });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, editor);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  const templatesUrl = (): string => `${herald.adminUrl}/services/${serviceId}/templates`;
  const banner = async (): Promise<string> => ((await page.locator('.govuk-notification-banner').textContent()) ?? '').replace(/\s+/g, ' ').trim();

  async function follow(target: Locator, url: RegExp): Promise<void> {
    await activateWithKeyboard(page, target);
    await page.waitForURL(url);
  }

  it('creates a folder and moves a template into it', async () => {
    await openPage(page, templatesUrl());
    await checkPage(page, 'templates-list');
    await follow(page.getByRole('button', { name: 'New folder' }), /\/folders\/new/);
    await checkPage(page, 'templates-new-folder');
    await typeWithKeyboard(page, page.getByLabel('New folder'), 'Reminders');
    await follow(page.getByRole('button', { name: 'Save' }), /\/folders\/[0-9a-f-]{36}\?done=folder-created$/);
    expect(await banner()).toContain('Folder created.');
    expect(await page.getByText('There are no templates in this folder.').count()).toBe(1);
    await checkPage(page, 'templates-empty-folder');

    await follow(page.getByRole('navigation', { name: 'Folders' }).getByRole('link', { name: 'Templates' }), /\/templates$/);
    await activateWithKeyboard(page, page.getByLabel('Select Annual reminder'), 'Space');
    await pressTabUntil(page, page.getByLabel('Move selected templates to'));
    await page.keyboard.type('Reminders');
    await follow(page.getByRole('button', { name: 'Move' }), /\/templates\?done=moved$/);
    expect(await banner()).toContain('Templates moved.');
    expect(await page.getByRole('link', { name: 'Annual reminder' }).count()).toBe(0);
    await checkPage(page, 'templates-moved');

    await follow(page.getByRole('link', { name: 'Folder: Reminders' }), /\/folders\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('link', { name: 'Annual reminder' }).count()).toBe(1);
  });

  it('copies a template in a folder and deletes the copy', async () => {
    await follow(page.getByRole('link', { name: 'Annual reminder' }), /\/templates\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('navigation', { name: 'Folders' }).getByRole('link').allTextContents()).toEqual(['Templates', 'Reminders']);
    await follow(page.getByRole('button', { name: 'Copy this template' }), /\?done=copied$/);
    expect(((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe('Email template Copy of Annual reminder');
    await checkPage(page, 'templates-copied');

    await follow(page.getByRole('link', { name: 'Delete this template' }), /\/archive$/);
    await checkPage(page, 'templates-delete-confirm');
    await follow(page.getByRole('button', { name: 'Yes, delete this template' }), /\/folders\/[0-9a-f-]{36}\?done=archived$/);
    expect(await banner()).toContain('Template deleted.');
    expect(await page.getByRole('link', { name: 'Copy of Annual reminder' }).count()).toBe(0);
  });

  it('renames a folder, and refuses to delete it while it holds a template', async () => {
    await follow(page.getByRole('link', { name: 'Rename this folder' }), /\/rename$/);
    await checkPage(page, 'templates-rename-folder');
    await typeWithKeyboard(page, page.getByLabel('Rename folder'), 'Yearly reminders');
    await follow(page.getByRole('button', { name: 'Save' }), /\?done=folder-renamed$/);
    expect(((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe('Folder Yearly reminders');

    await follow(page.getByRole('link', { name: 'Delete this folder' }), /\/delete$/);
    await checkPage(page, 'templates-delete-folder');
    await follow(page.getByRole('button', { name: 'Yes, delete this folder' }), /\/delete$/);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('You can only delete an empty folder');
    await checkPage(page, 'templates-delete-folder-refused');
  });

  it('shows a letter as a PDF, with a download link', async () => {
    await openPage(page, `${templatesUrl()}/${letterId}`);
    const pdfLink = page.getByRole('link', { name: 'Download the letter preview (PDF)' }).last();
    const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, herald.adminUrl).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await checkPage(page, 'templates-letter-preview');
  });
});
