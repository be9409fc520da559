import type { Browser, Page } from 'playwright-core';
import { AdminUnderTest, BROWSER_TEST_TIMEOUT_MS, checkPage, launchBrowser, newPage, openPage, signInWithKeyboard, TestUser } from '@herald/testing';

/**
 * Issue 15, point 15, as a "see dashboard only" member sees it: the navigation and the pages offer
 * nothing they may not use (templates and settings are there to read), and a form opened by its
 * address answers "You do not have permission". Axe on every page.
 */
describe('a member who may only see the dashboard', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let serviceId: string;
  let templateId: string;
  let viewer: TestUser;

  const service = (path = '') => `${herald.adminUrl}/services/${serviceId}${path}`;
  const main = () => page.locator('main');

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    serviceId = (await herald.scenario.aService({ name: `Passport Office ${Date.now()}`, live: true })).id;
    templateId = (await herald.scenario.anEmailTemplate(serviceId, { name: 'Renewal reminder' })).id;
    viewer = await herald.scenario.aUser({ serviceId, permissions: [], name: 'Vic Viewer' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, viewer);
  });
  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await herald?.stop();
  });

  it('sees a navigation without sending, API integration, team or recipient preferences', async () => {
    await openPage(page, service());
    const navigation = page.getByRole('navigation', { name: /Passport Office/ });
    expect(await navigation.getByRole('link').allTextContents()).toEqual([
      'Dashboard',
      'Templates',
      'Template sets',
      'Bulk sends',
      'Activity',
      'Usage',
      'Look-ups',
      'Settings',
    ]);
    await checkPage(page, 'permissions-dashboard-only');
  });

  it('reads templates without "New template", "New folder", "Send messages", "Edit" or "Copy this template"', async () => {
    await openPage(page, service('/templates'));
    await page.getByRole('link', { name: 'Renewal reminder' }).waitFor();
    for (const name of ['New template', 'New folder']) expect(await main().getByRole('button', { name }).count()).toBe(0);
    await openPage(page, service(`/templates/${templateId}`));
    await page.getByRole('heading', { level: 1, name: /Renewal reminder/ }).waitFor();
    for (const name of ['Send messages', 'Edit', 'Copy this template']) expect(await main().getByRole('button', { name }).count()).toBe(0);
    expect(await main().getByRole('link', { name: /^Send/ }).count()).toBe(0);
    // The email preview's frame has loaded before axe looks into it.
    await page.frameLocator('iframe.herald-email-preview').locator('body').waitFor();
    await checkPage(page, 'permissions-dashboard-only-template');
  });

  it('reads the settings without any "Change" link or "Request to go live"', async () => {
    await openPage(page, service('/settings'));
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(
      await main()
        .getByRole('link', { name: /^Change/ })
        .count(),
    ).toBe(0);
    expect(await main().getByRole('button', { name: 'Request to go live' }).count()).toBe(0);
    await checkPage(page, 'permissions-dashboard-only-settings');
  });

  it('is told "You do not have permission" on a form opened by its address', async () => {
    for (const path of ['/templates/new', `/templates/${templateId}/edit`, '/settings/name', '/api/keys', '/team', `/send/${templateId}`]) {
      const response = await page.goto(service(path));
      expect({ path, status: response?.status() }).toEqual({ path, status: 403 });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You do not have permission to do this');
    }
    await checkPage(page, 'permissions-forbidden');
  });
});
