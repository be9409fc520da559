import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GoLiveRequestRepository } from '@herald/persistence';
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

/** A one-pixel green PNG. */
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A service manager renames the service, adds a reply-to address, brands its emails and asks to go live; keyboard only. */
describe('service settings in the admin', () => {
  // Each journey loads several pages and runs axe on each: slow on a shared machine.
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let manager: TestUser;
  let serviceId: string;
  let logoFile: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    serviceId = (await herald.scenario.aService({ name: `Blue badges ${Date.now()}`, live: false })).id;
    manager = await herald.scenario.aUser({ serviceId, permissions: ['manage_service', 'manage_templates'], name: 'Sam Manager' });
    logoFile = join(mkdtempSync(join(tmpdir(), 'herald-logo-')), 'logo.png');
    writeFileSync(logoFile, LOGO_PNG);
    page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signInWithKeyboard(page, herald.adminUrl, manager);
  });

  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await herald?.stop();
  });

  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  const settingsUrl = () => `${herald.adminUrl}/services/${serviceId}/settings`;

  it('renames the service', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Settings' }));
    await page.waitForURL(/\/settings$/);
    expect(await heading()).toBe('Settings');
    await checkPage(page, 'settings-summary');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change service name' }));
    await page.waitForURL(/\/settings\/name$/);
    await checkPage(page, 'settings-name');
    await typeWithKeyboard(page, page.getByLabel('Change your service name'), ' ');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toMatch(/^Error: Change your service name - Blue badges/);
    await checkPage(page, 'settings-name-error');

    await typeWithKeyboard(page, page.getByLabel('Change your service name'), 'Blue Badge Renewals');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/settings\?saved=name$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Service name changed');
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Blue Badge Renewals');
    expect(await page.title()).toBe('Settings - Blue Badge Renewals - Herald');
    await checkPage(page, 'settings-renamed');
  });

  it('R-TR-1: names the organisation the service sends for, refusing one that is too long, then clears it', async () => {
    await openPage(page, settingsUrl());
    expect(await page.locator('.govuk-summary-list').textContent()).toMatch(/Organisation\s*Not set/);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change organisation' }));
    await page.waitForURL(/\/settings\/organisation$/);
    await checkPage(page, 'settings-organisation');
    await typeWithKeyboard(page, page.getByLabel('Change your organisation'), 'x'.repeat(256));
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Organisation must be 255 characters or fewer');
    await checkPage(page, 'settings-organisation-error');

    await typeWithKeyboard(page, page.getByLabel('Change your organisation'), 'Department for Transport');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/settings\?saved=organisation$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Organisation changed');
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Department for Transport');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change organisation' }));
    await page.waitForURL(/\/settings\/organisation$/);
    await typeWithKeyboard(page, page.getByLabel('Change your organisation'), '');
    await page.keyboard.press('Backspace');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/settings\?saved=organisation$/);
    expect(await page.locator('.govuk-summary-list').textContent()).toMatch(/Organisation\s*Not set/);
  });

  it('adds a reply-to address, refusing one that is not an address', async () => {
    await openPage(page, settingsUrl());
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Manage reply-to email addresses' }));
    await page.waitForURL(/\/settings\/reply-to$/);
    await checkPage(page, 'settings-reply-to-none');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add a reply-to email address' }));
    await page.waitForURL(/\/reply-to\/add$/);
    await checkPage(page, 'settings-reply-to-add');
    await typeWithKeyboard(page, page.getByLabel('Email address', { exact: true }), 'not an address');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter an email address in the correct format');
    await checkPage(page, 'settings-reply-to-add-error');

    await typeWithKeyboard(page, page.getByLabel('Email address', { exact: true }), 'badges@example.gov.uk');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add' }));
    await page.waitForURL(/\/settings\/reply-to\?done=added$/);
    const row = page.locator('.govuk-table__body .govuk-table__row', { hasText: 'badges@example.gov.uk' });
    expect(await row.textContent()).toContain('Default');
    await checkPage(page, 'settings-reply-to-one');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Back to settings' }));
    await page.waitForURL(/\/settings$/);
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('badges@example.gov.uk');
  });

  it('uploads a logo with a colour and sees them in the email preview', async () => {
    await openPage(page, settingsUrl());
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change email branding' }));
    await page.waitForURL(/\/settings\/branding$/);
    await checkPage(page, 'settings-branding-none');

    await typeWithKeyboard(page, page.getByLabel('Banner colour'), 'green');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save and preview' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter a colour as a 6-digit hex code');
    await checkPage(page, 'settings-branding-error');

    await typeWithKeyboard(page, page.getByLabel('Banner colour'), '#00703C');
    await typeWithKeyboard(page, page.getByLabel('Banner text'), 'Blue Badges');
    // The file chooser is the operating system's: focus the field by keyboard, then choose the file.
    await pressTabUntil(page, page.getByLabel('Logo'));
    await page.getByLabel('Logo').setInputFiles(logoFile);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save and preview' }));
    await page.waitForURL(/\/settings\/branding\?saved=1$/);

    const preview = page.frameLocator('iframe[title="Preview of an email with your branding"]');
    await expect(preview.locator('td[bgcolor="#00703c"]').first().count()).resolves.toBeGreaterThan(0);
    const logo = preview.locator('img');
    const logoUrl = await logo.getAttribute('src');
    expect(logoUrl).toMatch(new RegExp(`^${herald.apiUrl}/branding/[0-9a-f-]{36}\\.png$`));
    expect(await preview.getByText('Blue Badges').count()).toBe(1);
    const served = await fetch(logoUrl!);
    expect(Buffer.from(await served.arrayBuffer()).equals(LOGO_PNG)).toBe(true);
    await checkPage(page, 'settings-branding-preview');
  });

  it('asks to go live and sees the request pending', async () => {
    await openPage(page, settingsUrl());
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Request to go live' }));
    await page.waitForURL(/\/settings\/go-live$/);
    await checkPage(page, 'settings-go-live');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send request' }));
    await page.waitForSelector('.govuk-error-summary');
    // What to do, each linking to its field.
    const summaryLinks = page.locator('.govuk-error-summary__list a');
    expect(await summaryLinks.allTextContents()).toEqual([
      'Enter how many emails you expect to send a year (0 if none)',
      'Enter how many text messages you expect to send a year (0 if none)',
      'Enter how many letters you expect to send a year (0 if none)',
      'Confirm that your service is ready to go live',
    ]);
    expect(await summaryLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '#volumes_email',
      '#volumes_sms',
      '#volumes_letter',
      '#confirmed',
    ]);
    expect((await page.locator('#volumes_sms-error').textContent())?.trim()).toBe('Error: Enter how many text messages you expect to send a year (0 if none)');
    await checkPage(page, 'settings-go-live-errors');

    await typeWithKeyboard(page, page.getByLabel('Emails'), '20000');
    await typeWithKeyboard(page, page.getByLabel('Text messages'), '5000');
    await typeWithKeyboard(page, page.getByLabel('Letters'), '0');
    await activateWithKeyboard(page, page.getByLabel(/I confirm our templates/), 'Space');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send request' }));
    await page.waitForURL(/\/settings\?saved=go-live$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Request to go live sent');
    expect(await page.getByText('Pending').count()).toBe(1);
    await checkPage(page, 'settings-go-live-pending');

    expect(await herald.get(GoLiveRequestRepository).latestForService(serviceId)).toMatchObject({
      status: 'pending',
      userId: manager.id,
      details: { volumes: { email: 20000, sms: 5000, letter: 0 } },
    });
  });

  it('shows the expected volumes it asked with while the request waits', async () => {
    await openPage(page, `${settingsUrl()}/go-live`);
    const rows = await page.locator('[data-go-live-volumes] tbody tr').allTextContents();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual(['Emails 20,000 a year', 'Text messages 5,000 a year', 'Letters 0 a year']);
    expect(await page.getByRole('button', { name: 'Send request' }).count()).toBe(0);
    await checkPage(page, 'settings-go-live-volumes');
  });
});
