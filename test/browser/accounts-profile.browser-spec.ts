import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  LoopbackSmtp,
  newContext,
  nextTotpCode,
  openPage,
  pressTabUntil,
  signInWithKeyboard,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

/**
 * A signed-in user changes their name, mobile number, email address (confirmed by the link sent to
 * the new one) and how they get their security code, from "Your profile". Keyboard only; axe and a
 * screenshot on every page.
 */
describe('your profile', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  const smtp = new LoopbackSmtp();
  let herald: AdminUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let user: TestUser;

  beforeAll(async () => {
    await smtp.start();
    herald = await AdminUnderTest.start({ SMTP_URL: smtp.url }, { worker: true });
    browser = await launchBrowser();
    user = await herald.scenario.aUser({ name: 'Pat Profile' });
    context = await newContext(browser);
    page = await context.newPage();
    await signInWithKeyboard(page, herald.adminUrl, user);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await herald?.stop();
    await smtp.stop();
  });

  const profileRow = (key: string) => page.locator('#profile .govuk-summary-list__row', { hasText: key }).locator('.govuk-summary-list__value');
  const banner = () => page.locator('.govuk-notification-banner').textContent();

  // One journey in steps, each a test of its own: each starts where the one before left off.
  it('opens from the navigation and shows the name, email address, mobile number and security code', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Your profile' }));
    await page.waitForURL(/\/profile$/);
    expect(await page.title()).toBe('Your profile - Herald');
    expect(await profileRow('Name').textContent()).toContain('Pat Profile');
    expect(await profileRow('Email address').textContent()).toContain(user.emailAddress);
    expect(await profileRow('Mobile number').textContent()).toContain('Not given');
    expect(await profileRow('Security code').textContent()).toContain('From an authenticator app');
    await checkPage(page, 'accounts-profile');
  });

  it('changes the name', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change name' }));
    await page.waitForURL(/\/profile\/name$/);
    await checkPage(page, 'accounts-profile-name');
    await typeWithKeyboard(page, page.getByLabel('Change your name'), ' ');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Change your name - Herald');
    await checkPage(page, 'accounts-profile-name-error');
    await typeWithKeyboard(page, page.getByLabel('Change your name'), 'Pat Renamed');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/profile\?done=name$/);
    expect(await banner()).toContain('Your name has been changed');
    expect(await profileRow('Name').textContent()).toContain('Pat Renamed');
  });

  it('changes the mobile number, refusing one that is not valid', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change mobile number' }));
    await page.waitForURL(/\/profile\/mobile-number$/);
    await checkPage(page, 'accounts-profile-mobile-number');
    await typeWithKeyboard(page, page.getByLabel('Change your mobile number'), '07700 9OO 123');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForSelector('.govuk-error-summary');
    // The domain's API wording ('Must not contain letters or symbols') in the admin's words, linked to the field.
    const summaryLink = page.locator('.govuk-error-summary__list a');
    expect(await summaryLink.allTextContents()).toEqual(['Enter a mobile number using only numbers, spaces, brackets, hyphens and +']);
    expect(await summaryLink.getAttribute('href')).toBe('#mobileNumber');
    expect((await page.locator('#mobileNumber-error').textContent())?.trim()).toBe(
      'Error: Enter a mobile number using only numbers, spaces, brackets, hyphens and +',
    );
    await checkPage(page, 'accounts-profile-mobile-number-error');
    await typeWithKeyboard(page, page.getByLabel('Change your mobile number'), '07700 900123');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Save' }));
    await page.waitForURL(/\/profile\?done=mobile-number$/);
    expect(await profileRow('Mobile number').textContent()).toContain('07700 900123');
  });

  it('changes the email address only once the link sent to the new address is followed', async () => {
    const newAddress = `pat-${Date.now()}@example.gov.uk`;
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change email address' }));
    await page.waitForURL(/\/profile\/email-address$/);
    await checkPage(page, 'accounts-profile-email-address');
    await typeWithKeyboard(page, page.getByLabel('New email address'), 'not an address');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send the link' }));
    await page.waitForSelector('.govuk-error-summary');
    await checkPage(page, 'accounts-profile-email-address-error');
    await typeWithKeyboard(page, page.getByLabel('New email address'), newAddress);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send the link' }));
    await page.waitForURL(/\/profile\?done=email-link-sent$/);
    expect(await banner()).toContain('We have sent a link to your new email address');
    expect(await profileRow('Email address').textContent()).toContain(user.emailAddress);

    const mail = await smtp.waitForMessageTo(newAddress);
    const link = new RegExp(`${herald.adminUrl}/profile/email-address/confirm/[A-Za-z0-9_-]+`).exec(mail.text ?? '')![0];
    await openPage(page, link);
    expect(await page.title()).toBe('Confirm your new email address - Herald');
    expect(await page.locator('main').textContent()).toContain(newAddress);
    await checkPage(page, 'accounts-confirm-email-address');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Confirm' }));
    await page.waitForURL(/\/profile\?done=email-changed$/);
    expect(await profileRow('Email address').textContent()).toContain(newAddress);
    await checkPage(page, 'accounts-profile-changed');
    expect((await smtp.waitForMessageTo(user.emailAddress)).text).toContain(newAddress);
  });

  it('switches to security codes by email', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change how you get your security code' }));
    await page.waitForURL(/\/profile\/security-code$/);
    expect(await page.title()).toBe('How do you want to get your security code? - Herald');
    await checkPage(page, 'accounts-profile-security-code');
    // Tab reaches a radio group at its checked radio; the arrow keys choose another, as they do for any keyboard user.
    await pressTabUntil(page, page.getByRole('radio', { name: 'From an authenticator app' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'By email' }).isChecked()).toBe(true);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForURL(/\/profile\?done=security-code$/);
    expect(await profileRow('Security code').textContent()).toContain('By email');
  });

  it('switches to an authenticator app only once its first code is confirmed', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Change how you get your security code' }));
    await page.waitForURL(/\/profile\/security-code$/);
    await pressTabUntil(page, page.getByRole('radio', { name: 'By email' }));
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: 'From an authenticator app' }).isChecked()).toBe(true);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForURL(/\/profile\/security-code\/authenticator$/);
    expect(await page.title()).toBe('Set up your authenticator app - Herald');
    expect(await page.locator('#totp-qr-code svg').count()).toBe(1);
    await checkPage(page, 'accounts-profile-authenticator');
    const secret = (await page.locator('#totp-secret').textContent())!.replace(/\s+/g, '');
    await typeWithKeyboard(page, page.getByLabel('Security code'), '000');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Confirm' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Set up your authenticator app - Herald');
    await checkPage(page, 'accounts-profile-authenticator-error');
    expect((await page.locator('#totp-secret').textContent())!.replace(/\s+/g, '')).toBe(secret);

    await typeWithKeyboard(page, page.getByLabel('Security code'), await nextTotpCode({ id: `${user.id}-new-app`, totpSecret: secret }));
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Confirm' }));
    await page.waitForURL(/\/profile\?done=security-code$/);
    expect(await profileRow('Security code').textContent()).toContain('From an authenticator app');
  });
});
