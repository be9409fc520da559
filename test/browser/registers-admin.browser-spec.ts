import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  activateWithKeyboard,
  AdminUnderTest,
  aLookUp,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  closePage,
  launchBrowser,
  newPage,
  SeededLookUp,
  signInWithKeyboard,
} from '@herald/testing';

/**
 * R-OO: an operator connects a fake register and grants a service a purpose on it; the service's
 * team sees the grant on its settings page and its own look-ups on the Look-ups page. Axe on each page.
 */
describe('registers in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let serviceId: string;
  let serviceName: string;
  let lookUp: SeededLookUp;
  const register = `population-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Benefit letters ${randomUUID().slice(0, 8)}` });
    serviceId = service.id;
    serviceName = service.name;
    lookUp = await aLookUp(herald, serviceId, { messageId: randomUUID() });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' }));
  });

  afterAll(async () => {
    await closePage(page);
    await browser?.close();
    await herald?.stop();
  });

  const registerSection = () => page.locator(`table[data-register="${register}"]`);

  it('an operator reaches Registers from the platform navigation and is told what is wrong with unusable settings', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Platform admin' }));
    await page.waitForURL((url) => url.pathname === '/platform/services');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Registers', exact: true }));
    await page.waitForURL((url) => url.pathname === '/platform/registers');
    expect(await page.title()).toBe('Registers - Herald');
    await checkPage(page, 'registers-platform');

    await page.getByLabel('Name', { exact: true }).fill(register);
    await page.getByLabel('Fake').check();
    await page.getByLabel('Settings (JSON)').fill('{"people": []}');
    await page.getByRole('button', { name: 'Save register' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain("'schemes' must list the identifier schemes the register answers");
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page, 'registers-platform-settings-refused');
  });

  it('adds a fake register and grants the service a purpose with the words people will see', async () => {
    const settings = { schemes: ['nino'], people: [{ scheme: 'nino', value: 'QQ123456C', contact: { address: { address_line_1: 'Jo Smith' } } }] };
    await page.getByLabel('Settings (JSON)').fill(JSON.stringify(settings));
    await page.getByRole('button', { name: 'Save register' }).click();
    await page.waitForURL((url) => url.search === '?done=saved');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Register saved');
    expect(await registerSection().textContent()).toContain('No service may use this register yet.');

    await page.getByLabel('Register', { exact: true }).selectOption(register);
    await page.getByLabel('Service', { exact: true }).selectOption(serviceId);
    await page.getByLabel('Purpose code').fill('benefit-letter');
    await page.getByLabel('What the person is told').fill('To send you letters about your benefit');
    await page.getByLabel('Tell the register when an address it gave cannot be delivered to').check();
    await page.getByRole('button', { name: 'Grant purpose' }).click();
    await page.waitForURL((url) => url.search === '?done=granted');
    const row = (await registerSection().locator('tbody tr').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(row).toEqual([expect.stringContaining(`${serviceName} benefit-letter To send you letters about your benefit Yes`)]);
    await checkPage(page, 'registers-platform-granted');
  });

  it('a member of the service sees the grant on the settings page and the service’s own look-ups, never whom they were about', async () => {
    const member = await newPage(browser);
    try {
      await signInWithKeyboard(member, herald.adminUrl, await herald.scenario.aUser({ serviceId, name: 'Sam Member' }));
      await member.goto(`${herald.adminUrl}/services/${serviceId}/settings`);
      const grants = member.locator('table[aria-labelledby="registers"] tbody tr');
      const rows = (await grants.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(rows).toContain(`${register} benefit-letter To send you letters about your benefit Yes`);
      expect(rows).toContain(`${lookUp.register} ${lookUp.purpose} ${lookUp.citizenLabel} No`);
      await checkPage(member, 'registers-service-settings');

      await activateWithKeyboard(member, member.getByRole('link', { name: 'Look-ups' }));
      await member.waitForURL((url) => url.pathname === `/services/${serviceId}/lookups`);
      expect(await member.title()).toBe(`Look-ups - ${serviceName} - Herald`);
      const lookups = (await member.locator('#lookups tbody tr').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(lookups).toEqual([
        expect.stringMatching(new RegExp(`${lookUp.register} ${lookUp.purpose} ${lookUp.citizenLabel} email address, postal address postal address Found`)),
      ]);
      expect(await member.content()).not.toContain(lookUp.recipientKey);
      await checkPage(member, 'registers-service-lookups');
    } finally {
      await closePage(member);
    }
  });
});
