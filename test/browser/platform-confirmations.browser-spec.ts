import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { GoLiveRequestRepository, ServiceRepository } from '@herald/persistence';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  newPage,
  openPage,
  signInWithKeyboard,
} from '@herald/testing';

/** Operators confirm before a service goes live and before the last text message provider is switched off; going back changes nothing. */
describe('confirmations on the operators’ pages', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let trialId: string;
  let trialName: string;
  let requestId: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    trialName = `Passport Office ${randomUUID().slice(0, 8)}`;
    trialId = (await herald.scenario.aService({ name: trialName, live: false })).id;
    const asker = await herald.scenario.aUser({ serviceId: trialId, name: 'Asha Asker' });
    // As the service's "Request to go live" form stores it.
    requestId = (await herald.get(GoLiveRequestRepository).create(trialId, asker.id, { volumes: { email: 12000, sms: 500, letter: 0 } })).id;
    const operator = await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, operator);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  const isLive = async () => !(await herald.get(ServiceRepository).findById(trialId))!.restricted;
  const providerState = () => page.locator('[data-sms-provider="outbox"] [data-figure="state"]').textContent();

  it('shows a request’s expected volumes as a table', async () => {
    await openPage(page, `${herald.adminUrl}/platform/services`);
    const volumes = page.getByRole('table', { name: `Expected volumes of ${trialName}` });
    expect(await volumes.getByRole('columnheader').allTextContents()).toEqual(['Channel', 'Volume']);
    const rows = await volumes.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as unknown as { innerText: string }).innerText.split('\t')));
    expect(rows).toEqual([
      ['Emails', '12,000 a year'],
      ['Text messages', '500 a year'],
      ['Letters', '0 a year'],
    ]);
    await checkPage(page, 'platform-services-go-live-volumes');
  });

  it('asks before making a service live, and going back leaves it in trial mode', async () => {
    await openPage(page, `${herald.adminUrl}/platform/services`);
    await activateWithKeyboard(page, page.getByRole('button', { name: `Approve ${trialName} going live` }));
    await page.waitForURL((url) => url.pathname === `/platform/go-live-requests/${requestId}/approve`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Are you sure you want to make ${trialName} live?`);
    expect(await page.locator('main').textContent()).toContain('not only its team members and guest list');
    expect(await page.getByRole('table', { name: `Expected volumes of ${trialName}` }).count()).toBe(1);
    await checkPage(page, 'platform-go-live-confirm');
    expect(await isLive()).toBe(false);

    await activateWithKeyboard(page, page.getByRole('link', { name: 'No, go back to the request' }));
    await page.waitForURL((url) => url.pathname === '/platform/services');
    expect(await isLive()).toBe(false);
    expect(await page.locator('.herald-go-live-request', { hasText: trialName }).count()).toBe(1);
  });

  it('makes the service live once the operator confirms', async () => {
    await openPage(page, `${herald.adminUrl}/platform/go-live-requests/${requestId}/approve`);
    await activateWithKeyboard(page, page.getByRole('button', { name: `Yes, make ${trialName} live` }));
    await page.waitForURL((url) => url.searchParams.get('decided') === 'approved');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain(`${trialName} is now live`);
    expect(await isLive()).toBe(true);

    // The confirmation of a request already decided says so, with nothing to press.
    await openPage(page, `${herald.adminUrl}/platform/go-live-requests/${requestId}/approve`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This request to go live is no longer waiting');
    expect(await page.getByRole('button', { name: /Yes, make/ }).count()).toBe(0);
  });

  it('warns before the last text message provider is switched off, and going back leaves it on', async () => {
    await openPage(page, `${herald.adminUrl}/platform/dashboard`);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Switch off outbox' }));
    await page.waitForURL((url) => url.pathname === '/platform/sms-providers/outbox/switch-off');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Are you sure you want to switch off outbox?');
    expect(await page.locator('[data-switch-off-warning]').textContent()).toContain('Text messages will wait in the queue until a provider is switched on');
    await checkPage(page, 'platform-sms-provider-switch-off-confirm');

    await activateWithKeyboard(page, page.getByRole('link', { name: 'No, keep it switched on' }));
    await page.waitForURL((url) => url.pathname === '/platform/dashboard');
    expect(await providerState()).not.toContain('Switched off');
    expect(await page.getByRole('button', { name: 'Switch off outbox' }).count()).toBe(1);
  });

  it('switches the last provider off once the operator confirms, and on again in one step', async () => {
    await openPage(page, `${herald.adminUrl}/platform/sms-providers/outbox/switch-off`);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Yes, switch off outbox' }));
    await page.waitForURL((url) => url.searchParams.get('switched') === 'outbox');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Text message provider outbox is switched off');
    expect(await providerState()).toContain('Switched off');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Switch on outbox' }));
    await page.waitForURL((url) => url.searchParams.get('enabled') === 'true');
    expect(await providerState()).not.toContain('Switched off');
  });
});
