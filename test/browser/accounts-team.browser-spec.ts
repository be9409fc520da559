import type { Browser, Page } from 'playwright-core';
import type { Service } from '@herald/domain';
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

/** A manager changes a member's permissions and removes them; a user changes their password and signs out everywhere. Keyboard only. */
describe('managing the team and your account', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let service: Service;
  let manager: TestUser;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    service = await herald.scenario.aService({ name: `Road Tax ${Date.now()}` });
    manager = await herald.scenario.aUser({ serviceId: service.id, name: 'Mo Manager' });
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

  it('changes what a member may do, then removes them; the only manager cannot remove themselves', async () => {
    const member = await herald.scenario.aUser({ serviceId: service.id, name: 'Pat Member', permissions: ['send_messages'] });
    await signInWithKeyboard(page, herald.adminUrl, manager);
    await openPage(page, `${herald.adminUrl}/services/${service.id}/team`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change permissions of Pat Member' }));
    await page.waitForURL(new RegExp(`/team/members/${member.id}$`));
    expect(await page.title()).toBe(`Change permissions of Pat Member - ${service.name} - Herald`);
    expect(await page.getByRole('checkbox', { name: 'Send messages' }).isChecked()).toBe(true);
    await checkPage(page, 'accounts-member-permissions');
    await activateWithKeyboard(page, page.getByRole('checkbox', { name: 'Manage API integration' }), 'Space');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/team\?done=updated$/);
    expect(await page.locator('#team-members').textContent()).toContain('Send messages, Manage API integration');
    await checkPage(page, 'accounts-team-updated');

    await openPage(page, `${herald.adminUrl}/services/${service.id}/team/members/${member.id}`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Remove Pat Member from this team' }));
    await page.waitForURL(/\/remove$/);
    await checkPage(page, 'accounts-member-remove');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Remove from team' }));
    await page.waitForURL(/\/team\?done=removed$/);
    expect(await page.locator('#team-members').textContent()).not.toContain('Pat Member');

    await openPage(page, `${herald.adminUrl}/services/${service.id}/team/members/${manager.id}/remove`);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Remove from team' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('You cannot remove yourself from a team');
    await checkPage(page, 'accounts-member-remove-error');
  });

  it('changes your password and signs you out everywhere', async () => {
    const user = await herald.scenario.aUser({ serviceId: service.id, permissions: [] });
    await signInWithKeyboard(page, herald.adminUrl, user);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Your account' }));
    await page.waitForURL(/\/account$/);
    expect(await page.title()).toBe('Your account - Herald');
    await checkPage(page, 'accounts-account');
    await typeWithKeyboard(page, page.getByLabel('Current password'), 'not my password');
    await typeWithKeyboard(page, page.getByLabel('New password'), 'a fresh long passphrase');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Change password' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Your account - Herald');
    await checkPage(page, 'accounts-account-error');
    await typeWithKeyboard(page, page.getByLabel('Current password'), user.password);
    await typeWithKeyboard(page, page.getByLabel('New password'), 'a fresh long passphrase');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Change password' }));
    await page.waitForURL(/\/account\?passwordChanged=1$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Your password has been changed');
    await checkPage(page, 'accounts-password-changed');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Sign out everywhere' }));
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${herald.adminUrl}/account`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
