import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  LoopbackSmtp,
  newContext,
  openPage,
  signInWithKeyboard,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

/**
 * Someone who forgot their password asks for a link from the sign-in page, follows the emailed
 * link, chooses a new password and signs in with it and their security code. Keyboard only (Tab,
 * Enter and typing; the emailed link is opened as a mail client would); axe and a screenshot on every page.
 */
describe('resetting a forgotten password', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  const smtp = new LoopbackSmtp();
  const newPassword = 'a memorable new passphrase';
  let herald: AdminUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let user: TestUser;
  let link: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await AdminUnderTest.start({ SMTP_URL: smtp.url }, { worker: true });
    browser = await launchBrowser();
    user = await herald.scenario.aUser();
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await herald?.stop();
    await smtp.stop();
  });

  const resetLinkIn = (text: string | undefined): string => new RegExp(`${herald.adminUrl}/reset-password/[A-Za-z0-9_-]+`).exec(text ?? '')![0];

  // One journey in steps, each a test of its own: each starts where the one before left off.
  it('asks for the email address from the sign-in page, and says what to fix in an empty one', async () => {
    await openPage(page, `${herald.adminUrl}/sign-in`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Forgot your password?' }));
    await page.waitForURL(/\/forgot-password$/);
    expect(await page.title()).toBe('Reset your password - Herald');
    await checkPage(page, 'accounts-forgot-password');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send the link' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Reset your password - Herald');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter your email address');
    await checkPage(page, 'accounts-forgot-password-error');
  });

  it('gives the same answer for an address with no account as for one with an account', async () => {
    await typeWithKeyboard(page, page.getByLabel('Email address'), `nobody-${Date.now()}@example.gov.uk`);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send the link' }));
    await page.waitForURL(/\/forgot-password\/check-your-email$/);
    const forNobody = await page.locator('main').textContent();

    await openPage(page, `${herald.adminUrl}/forgot-password`);
    await typeWithKeyboard(page, page.getByLabel('Email address'), user.emailAddress);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send the link' }));
    await page.waitForURL(/\/forgot-password\/check-your-email$/);
    expect(await page.title()).toBe('Check your email - Herald');
    expect(await page.locator('main').textContent()).toBe(forNobody);
    expect(forNobody).toContain('If an account exists for that address, we have sent a link to reset its password.');
    await checkPage(page, 'accounts-forgot-password-sent');
    link = resetLinkIn((await smtp.waitForMessageTo(user.emailAddress)).text);
  });

  it('follows the emailed link and chooses a new password that meets the policy', async () => {
    await openPage(page, link);
    expect(await page.title()).toBe('Choose a new password - Herald');
    await checkPage(page, 'accounts-reset-password');
    await typeWithKeyboard(page, page.getByLabel('New password', { exact: true }), 'short');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Change password' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Choose a new password - Herald');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Your password must be at least 8 characters');
    await checkPage(page, 'accounts-reset-password-error');
    await typeWithKeyboard(page, page.getByLabel('New password', { exact: true }), newPassword);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Change password' }));
    await page.waitForURL(/\/sign-in\?done=password-reset$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Your password has been changed');
    await checkPage(page, 'accounts-password-reset-done');
  });

  it('signs in with the new password and the security code as usual, not with the old password', async () => {
    await typeWithKeyboard(page, page.getByLabel('Email address'), user.emailAddress);
    await typeWithKeyboard(page, page.getByLabel('Password', { exact: true }), user.password);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('The email address or password you entered is incorrect');
    await signInWithKeyboard(page, herald.adminUrl, { ...user, password: newPassword });
    expect(new URL(page.url()).pathname).toBe('/services');
  });

  it('does not work a second time', async () => {
    const fresh = await newContext(browser);
    const again = await fresh.newPage();
    const response = await again.goto(link);
    expect(response?.status()).toBe(410);
    expect(await again.title()).toBe('This link no longer works - Herald');
    expect(await again.locator('main').textContent()).toContain('This link has expired or has already been used');
    await checkPage(again, 'accounts-reset-password-used');
    await fresh.close();
  });
});
