import type { Browser, Page } from 'playwright-core';
import { InvitationRepository, ServiceRepository, TeamMemberRepository } from '@herald/persistence';
import { TEAM_PERMISSIONS } from '@herald/domain';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  newPage,
  openPage,
  signInWithKeyboard,
  typeWithKeyboard,
} from '@herald/testing';

/** "Add a new service" in Chromium, with the keyboard alone (Tab, Enter, typing, and Space for a checkbox): axe on every page. */
describe('adding a service in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(async () => {
    await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  const summary = () => page.locator('.govuk-error-summary').textContent();

  it('a new user adds their first service: errors first, then name, organisation and channels, and lands on its dashboard in trial mode', async () => {
    const user = await herald.scenario.aUser({ name: 'Nia New' });
    const name = `Fishing Licences ${Date.now()}`;
    await signInWithKeyboard(page, herald.adminUrl, user);
    await openPage(page, `${herald.adminUrl}/services`);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add a new service' }));
    await page.waitForURL(/\/add-service$/);
    expect(await page.title()).toBe('Add a new service - Herald');
    // Someone who is not a platform admin adds a service for themselves only.
    expect(await page.getByLabel(/Email address of the person/).count()).toBe(0);
    await checkPage(page, 'add-service-form');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add service' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Add a new service - Herald');
    expect(await summary()).toContain('Enter a service name');
    expect(await summary()).toContain('Choose at least one channel');
    await checkPage(page, 'add-service-errors');

    // The error summary's link takes the keyboard to the field.
    await activateWithKeyboard(page, page.locator('.govuk-error-summary').getByRole('link', { name: 'Choose at least one channel' }));
    await page.keyboard.press('Space');
    await typeWithKeyboard(page, page.getByLabel('Service name'), name);
    await typeWithKeyboard(page, page.getByLabel('Organisation (optional)'), 'Environment Agency');
    await activateWithKeyboard(page, page.getByRole('checkbox', { name: 'Text messages' }), 'Space');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add service' }));
    await page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
    const serviceId = new URL(page.url()).pathname.split('/')[2];
    expect(await page.locator('#service-name').textContent()).toBe(name);
    expect(await page.locator('main').textContent()).toContain('Trial mode');
    await checkPage(page, 'add-service-dashboard');

    expect(await herald.get(ServiceRepository).findById(serviceId)).toMatchObject({
      name,
      restricted: true,
      organisation: 'Environment Agency',
      permissions: ['email', 'sms'],
    });
    expect(await herald.get(TeamMemberRepository).permissionsOf(serviceId, user.id)).toEqual([...TEAM_PERMISSIONS]);
  });

  it('a platform admin adds a service for a team: chooses an organisation, names its manager, and sees the invitation on the team page', async () => {
    await herald.scenario.aService({ settings: { organisation: 'Animal and Plant Health Agency' } });
    const operator = await herald.scenario.aUser({ platformAdmin: true, name: 'Pat Operator' });
    const name = `Pet Travel ${Date.now()}`;
    await signInWithKeyboard(page, herald.adminUrl, operator);
    await openPage(page, `${herald.adminUrl}/add-service`);
    await checkPage(page, 'add-service-platform-admin-form');

    await typeWithKeyboard(page, page.getByLabel('Service name'), name);
    await activateWithKeyboard(page, page.getByRole('radio', { name: 'Animal and Plant Health Agency' }), 'Space');
    await activateWithKeyboard(page, page.getByRole('checkbox', { name: 'Emails' }), 'Space');
    await typeWithKeyboard(page, page.getByLabel(/Email address of the person who will manage it/), 'not an address');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add service' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await summary()).toContain('Enter an email address in the correct format, like name@example.gov.uk');
    // What was chosen is kept.
    expect(await page.getByRole('radio', { name: 'Animal and Plant Health Agency' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Emails' }).isChecked()).toBe(true);
    await checkPage(page, 'add-service-platform-admin-errors');

    await typeWithKeyboard(page, page.getByLabel(/Email address of the person who will manage it/), 'mo.manager@example.gov.uk');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Add service' }));
    await page.waitForURL(/\/services\/[0-9a-f-]{36}\/team\?done=invited$/);
    const serviceId = new URL(page.url()).pathname.split('/')[2];
    expect(await page.locator('main').textContent()).toContain('Invitation sent');
    expect(await page.locator('main').textContent()).toContain('mo.manager@example.gov.uk');
    await checkPage(page, 'add-service-for-a-team');

    expect(await herald.get(ServiceRepository).findById(serviceId)).toMatchObject({ organisation: 'Animal and Plant Health Agency', permissions: ['email'] });
    expect(await herald.get(TeamMemberRepository).listMembers(serviceId)).toEqual([]);
    expect(await herald.get(InvitationRepository).listPending(serviceId)).toEqual([
      expect.objectContaining({ emailAddress: 'mo.manager@example.gov.uk', permissions: [...TEAM_PERMISSIONS] }),
    ]);
  });
});
