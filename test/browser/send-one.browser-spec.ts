import type { Browser, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  LoopbackSmtp,
  newPage,
  openPage,
  signInWithKeyboard,
  TestUser,
  typeWithKeyboard,
} from '@herald/testing';

/** A team member sends one email from a template and watches it go out; keyboard only, axe on every page. */
describe('sending one message in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  const smtp = new LoopbackSmtp();
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let sender: TestUser;
  let serviceId: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await AdminUnderTest.start({ SMTP_URL: smtp.url }, { worker: true });
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Passport office ${Date.now()}`, live: true });
    serviceId = service.id;
    await herald.scenario.anEmailTemplate(service.id, {
      name: 'Appointment reminder',
      subject: 'Your appointment, ((name))',
      content: 'Dear ((name)), see you on ((day)).',
    });
    sender = await herald.scenario.aUser({ serviceId, permissions: ['send_messages'], name: 'Sam Sender' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, sender);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
    await smtp.stop();
  });

  const heading = () => page.getByRole('heading', { level: 1 }).textContent();

  it('fills in the recipient and placeholders, checks the preview, sends, and sees the email go out', async () => {
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/send`);
    await checkPage(page, 'send-choose-template');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Appointment reminder' }));
    await page.waitForURL(/\/send\/[0-9a-f-]{36}$/);
    await checkPage(page, 'send-template-options');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'Send one message' }));
    await page.waitForURL(/\/one$/);
    await checkPage(page, 'send-one-form');

    await typeWithKeyboard(page, page.getByLabel('Email address'), 'not an address');
    await typeWithKeyboard(page, page.getByLabel('Name'), 'Alex');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toMatch(/^Error: Send one message using ‘Appointment reminder’ - Passport office/);
    // In the GOV.UK style: what to do, each linking to its field, and said again by the field.
    const links = page.locator('.govuk-error-summary__list a');
    expect(await links.allTextContents()).toEqual(['Enter an email address in the correct format, like name@example.com', 'Enter a day']);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#field-email-address', '#field-day']);
    expect((await page.locator('#field-email-address-error').textContent())?.trim()).toBe(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    expect((await page.locator('#field-day-error').textContent())?.trim()).toBe('Error: Enter a day');
    await checkPage(page, 'send-one-errors');

    await typeWithKeyboard(page, page.getByLabel('Email address'), 'alex@example.com');
    await typeWithKeyboard(page, page.getByLabel('Day'), 'Monday');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('text=Check the message before you send it');
    // The email as Alex will get it, in its layout.
    expect(await page.frameLocator('iframe.herald-email-preview').locator('body').textContent()).toContain('Dear Alex, see you on Monday.');
    await checkPage(page, 'send-one-check');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send 1 message' }));
    await page.waitForURL(/\/send\/notifications\/[0-9a-f-]{36}$/);
    expect(await heading()).toBe('Message to alex@example.com');
    const mail = await smtp.waitForMessageTo('alex@example.com');
    expect(mail.subject).toBe('Your appointment, Alex');
    await checkPage(page, 'send-one-sent');

    // The page shows the status the provider's answer left (the SMTP server accepted it: sending or delivered).
    await page.reload();
    expect(await page.locator('#notification-status').textContent()).toMatch(/^(Sending|Delivered)$/);
  });
});
