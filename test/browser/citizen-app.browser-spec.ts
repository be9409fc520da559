import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ADDRESS,
  aRegisterGrant,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  CitizenUnderTest,
  closePage,
  eventually,
  FakeRegisterServer,
  getMessage,
  launchBrowser,
  newPage,
  openPage,
  pressTabUntil,
} from '@herald/testing';

/** The little of the DOM these checks read inside the page (the project compiles without DOM types). */
interface FocusGlobals {
  document: { activeElement: FocusedElement | null };
  getComputedStyle(element: unknown, pseudo?: string): { boxShadow: string; backgroundColor: string; outlineColor: string; outlineStyle: string };
}
interface FocusedElement {
  labels?: ArrayLike<unknown> | null;
}

const ALEX = { id: 'alex', name: 'Alex Example', email: 'alex@example.com', nationalId: 'QQ123456C' };

/** The citizen web app in Chromium: sign in through the identity provider's own pages, every page checked with axe. */
describe('the citizen web app', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let citizen: CitizenUnderTest;
  let browser: Browser;
  let page: Page;

  /** A message to alex@example.com from a service of its own, delivered through the outbox. */
  async function aMessageFrom(serviceName: string, label: string, content: string): Promise<void> {
    const sent = await citizen.sendMessage({ serviceName, label, content, emailAddress: ALEX.email });
    await eventually(async () => expect((await getMessage(citizen.herald, sent.key, sent.id)).status).toBe('delivered'));
  }

  /** Signs in on the provider's development pages with the mouse (the keyboard journey is its own test). */
  async function signIn(): Promise<void> {
    await page.goto(`${citizen.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('input[name="login"]').fill(ALEX.id);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${citizen.url}/messages`);
  }

  const rowsOf = async (table: Locator) => (await table.locator('tbody tr').allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim());

  beforeAll(async () => {
    citizen = await CitizenUnderTest.start([ALEX]);
    browser = await launchBrowser();
    await aMessageFrom('Passport Office', 'Your passport renewal', 'Your new passport is on its way.');
    await aMessageFrom('Riverside Council', 'Your council tax bill', 'Your bill for this year is ready.\n\nPay by 1 April.');
  });
  beforeEach(async () => {
    page = await newPage(browser);
    // The provider's development pages ask for a web font; nothing here needs the internet.
    await page.context().route(/^https:\/\//, (route) => route.abort());
  });
  afterEach(() => closePage(page));
  afterAll(async () => {
    await browser?.close();
    await citizen?.stop();
  });

  it('R-TR-1: the start page says what the service is and offers to sign in; a page that needs a sign-in asks for one', async () => {
    await page.goto(`${citizen.url}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your messages from government');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await checkPage(page, 'citizen-start');

    await page.goto(`${citizen.url}/lookups`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await checkPage(page, 'citizen-sign-in');
  });

  it("R-TR-1: after signing in on the provider's pages, lists both messages, newest first, and opens one", async () => {
    await signIn();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Messages from government');
    const rows = await rowsOf(page.locator('#messages'));
    expect(rows).toEqual([
      expect.stringMatching(/Riverside Council Your council tax bill Delivered by email$/),
      expect.stringMatching(/Passport Office Your passport renewal Delivered by email$/),
    ]);
    await checkPage(page, 'citizen-messages');

    await page.getByRole('link', { name: 'Your council tax bill' }).click();
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your council tax bill');
    expect(await page.locator('#about').textContent()).toContain('Riverside Council');
    expect((await rowsOf(page.locator('#channels')))[0]).toMatch(/^Email /);
    expect(await page.locator('#content p').allTextContents()).toEqual(['Your bill for this year is ready.', 'Pay by 1 April.']);
    await checkPage(page, 'citizen-message');

    await page.goto(`${citizen.url}/messages/00000000-0000-4000-8000-000000000000`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await checkPage(page, 'citizen-not-found');
  });

  it('R-TR-5: changes how the person is contacted, says how the change was confirmed, and explains what is missing for letters only', async () => {
    await signIn();
    await page.getByRole('link', { name: 'How you want to be contacted' }).click();
    await checkPage(page, 'citizen-preferences');

    await page.getByLabel('Text message').uncheck();
    await page.getByLabel('Large print').check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.waitForURL(/\/preferences\?done=email$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('We have sent an email to confirm this.');
    expect(await page.getByLabel('Text message').isChecked()).toBe(false);
    expect(await page.getByLabel('Large print').isChecked()).toBe(true);
    await checkPage(page, 'citizen-preferences-saved');

    await page.getByLabel('Yes, letters only').check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the first line of your address');
    await checkPage(page, 'citizen-preferences-errors');

    await page.getByLabel('Full name').fill('Alex Example');
    await page.getByLabel('Address line 1', { exact: true }).fill('1 High Street');
    await page.getByLabel('Town or city (optional)').fill('Cardiff');
    await page.getByLabel('Postcode').fill('CF10 1AA');
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.waitForURL(/\/preferences\?done=letter$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('We have sent a letter to confirm this.');
  });

  it("R-TR-4: downloads the person's data as JSON: both messages and their choices", async () => {
    await signIn();
    await page.getByRole('link', { name: 'Download my data' }).click();
    await checkPage(page, 'citizen-download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download everything as a JSON file' }).click()]);
    expect(download.suggestedFilename()).toBe('herald-my-data.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { messages: Array<{ label: string }>; preferences: unknown };
    expect(exported.messages.map((m) => m.label)).toEqual(['Your council tax bill', 'Your passport renewal']);
    expect(exported.preferences).toBeDefined();
  });

  it('R-TR-1: signing out ends the session at the provider too and lands on "You have signed out"', async () => {
    await signIn();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${citizen.url}/signed-out`);
    await checkPage(page, 'citizen-signed-out');
    await page.goto(`${citizen.url}/messages`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it("R-TR-3: shows who looked up the person's details, why, what they asked for and what happened", async () => {
    const register = await FakeRegisterServer.start({ people: [{ scheme: 'national_id', value: ALEX.nationalId, contact: { address: ADDRESS } }] });
    try {
      const service = await citizen.aSendingService({
        serviceName: 'Pensions',
        label: 'Your pension statement',
        content: 'Your statement.',
        channels: ['letter'],
      });
      const grant = await aRegisterGrant(citizen.herald, service.serviceId, { adapter: 'https-json', settings: register.httpsJsonSettings() });
      await citizen.send(service, { identifier: { scheme: 'national_id', value: ALEX.nationalId } }, { purpose: grant.purpose }, ['letter']);
      const bearer = await citizen.identity.bearerFor(ALEX.id);
      await eventually(async () => {
        const response = await fetch(`${citizen.herald.baseUrl}/herald/v1/me/lookups`, { headers: { authorization: bearer } });
        expect(((await response.json()) as { total: number }).total).toBe(1);
      });

      await signIn();
      await page.getByRole('link', { name: 'Who looked up my details' }).click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Who looked up my details and why');
      expect(await rowsOf(page.locator('#lookups'))).toEqual([
        expect.stringMatching(
          new RegExp(
            `Pensions ${grant.register} ${grant.citizenLabel} postal address, language, accessible formats, how you agreed to be contacted Your details were found$`,
          ),
        ),
      ]);
      await checkPage(page, 'citizen-lookups');
    } finally {
      await register.close();
    }
  });

  /** True when the focused element (or, for a checkbox, its drawn box) shows GOV.UK's yellow focus style. */
  async function focusIsVisible(): Promise<boolean> {
    return page.evaluate(() => {
      const window = globalThis as unknown as FocusGlobals;
      const focused = window.document.activeElement;
      if (!focused) return false;
      const label = focused.labels?.[0];
      const styles = [window.getComputedStyle(focused), ...(label ? [window.getComputedStyle(label, '::before')] : [])];
      const yellow = 'rgb(255, 221, 0)';
      return styles.some((s) => s.boxShadow.includes(yellow) || s.backgroundColor === yellow || (s.outlineStyle !== 'none' && s.outlineColor === yellow));
    });
  }

  async function focusAfterTab(target: Locator, backwards = false): Promise<void> {
    if (backwards) {
      for (let presses = 0; presses < 60 && !(await isFocused(target)); presses += 1) await page.keyboard.press('Shift+Tab');
    } else await pressTabUntil(page, target);
    expect(await isFocused(target)).toBe(true);
    expect(await focusIsVisible()).toBe(true);
  }

  const isFocused = (target: Locator) => target.evaluate((e) => e === (globalThis as unknown as FocusGlobals).document.activeElement).catch(() => false);

  it('R-TR-5: a keyboard alone goes from the start page through sign-in to changing a choice, with focus always visible', async () => {
    await openPage(page, `${citizen.url}/`);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent),
    ).toBe('Skip to main content');
    expect(await focusIsVisible()).toBe(true);
    await focusAfterTab(page.getByRole('button', { name: 'Sign in' }));
    await page.keyboard.press('Enter');

    // The provider's page puts the cursor in its login field.
    const login = page.locator('input[name="login"]');
    await login.waitFor();
    expect(await isFocused(login)).toBe(true);
    await page.keyboard.type(ALEX.id);
    await page.keyboard.press('Tab');
    await page.keyboard.type('any password');
    await page.keyboard.press('Enter');
    // Its consent page puts it on "Continue".
    const carryOn = page.getByRole('button', { name: 'Continue' });
    await carryOn.waitFor();
    expect(await isFocused(carryOn)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${citizen.url}/messages`);

    await focusAfterTab(page.getByRole('link', { name: 'How you want to be contacted' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${citizen.url}/preferences`);
    const save = page.getByRole('button', { name: 'Save my choices' });
    await focusAfterTab(save);
    // Back up the form to a choice with Shift+Tab, and tick it with Space.
    const braille = page.getByLabel('Braille');
    await focusAfterTab(braille, true);
    await page.keyboard.press('Space');
    expect(await braille.isChecked()).toBe(true);
    await focusAfterTab(save);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/preferences\?done=/);

    // The success banner takes focus, so a screen reader reads it first.
    const banner = page.locator('.govuk-notification-banner');
    await eventually(async () => expect(await isFocused(banner)).toBe(true));
    expect(await focusIsVisible()).toBe(true);
    expect(await banner.textContent()).toContain('Your choices are saved');
    await checkPage(page, 'citizen-preferences-keyboard');
  });
});
