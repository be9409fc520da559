import type { Browser, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  closePage,
  launchBrowser,
  newPage,
  openPage,
  signInWithKeyboard,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

describe('signing in to the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let member: TestUser;
  let serviceName: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Passport renewals ${Date.now()}` });
    serviceName = service.name;
    member = await herald.scenario.aUser({ serviceId: service.id, permissions: ['send_messages'] });
  });

  beforeEach(async () => {
    page = await newPage(browser);
  });

  afterEach(async () => {
    await closePage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  it('sends someone who is not signed in to the sign-in page, and back where they were after', async () => {
    await page.goto(`${herald.adminUrl}/services`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await checkPage(page, 'sign-in');
    await signInWithKeyboard(page, herald.adminUrl, member);
    expect(new URL(page.url()).pathname).toBe('/services');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your services');
    await checkPage(page, 'your-services');
  });

  it('shows the service the member belongs to, with only the navigation their permissions allow', async () => {
    await signInWithKeyboard(page, herald.adminUrl, member);
    await activateWithKeyboard(page, page.getByRole('link', { name: serviceName }));
    await page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
    expect(await page.title()).toBe(`Dashboard - ${serviceName} - Herald`);
    expect(await page.getByRole('link', { name: 'Templates' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Team members' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'API integration' }).count()).toBe(0);
    await checkPage(page, 'service-dashboard');
  });

  it('says when the password is wrong, without saying whether the email address exists', async () => {
    await openPage(page, `${herald.adminUrl}/sign-in`);
    await typeWithKeyboard(page, page.getByLabel('Email address'), member.emailAddress);
    await typeWithKeyboard(page, page.getByLabel('Password', { exact: true }), 'not the password');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('The email address or password you entered is incorrect');
    expect(await page.title()).toBe('Error: Sign in - Herald');
    await checkPage(page, 'sign-in-error');
  });

  it('signs out with the keyboard and then needs signing in again', async () => {
    await signInWithKeyboard(page, herald.adminUrl, member);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Sign out' }));
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${herald.adminUrl}/services`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
