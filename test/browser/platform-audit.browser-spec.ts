import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AuditRepository } from '@herald/persistence';
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
} from '@herald/testing';

/** The operators' audit log reads as sentences, filtered by service, person and kind, with the recorded event shown on request. */
describe('the audit log, for operators', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let alice: TestUser;
  let bob: TestUser;
  let serviceId: string;
  let serviceName: string;
  const keyId = randomUUID();
  const carol = `carol-${randomUUID().slice(0, 8)}@example.gov.uk`;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    serviceName = `Passport Office ${randomUUID().slice(0, 8)}`;
    serviceId = (await herald.scenario.aService({ name: serviceName })).id;
    alice = await herald.scenario.aUser({ serviceId, name: 'Alice Smith' });
    bob = await herald.scenario.aUser({ serviceId, name: 'Bob Jones' });
    // As ApiKeyAdministration, TemplateAdministration and TeamAdministration record them, then moved to known times.
    const templateId = randomUUID();
    const memberId = randomUUID();
    await anEvent({ userId: alice.id, action: 'api-key.created', subject: keyId, details: { name: 'backend', keyType: 'normal' } }, '2026-12-04T10:31:00Z');
    await anEvent(
      { userId: alice.id, action: 'template.created', subject: templateId, details: { name: 'Renewal reminder', type: 'sms' } },
      '2026-12-04T11:00:00Z',
    );
    await anEvent({ userId: bob.id, action: 'team.member-removed', subject: carol, details: { memberId } }, '2026-07-01T09:05:00Z');
    const operator = await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, operator);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  async function anEvent(event: { userId: string; action: string; subject: string; details: Record<string, unknown> }, at: string): Promise<void> {
    await herald.get(AuditRepository).record({ ...event, serviceId });
    await herald
      .get(DataSource)
      .getRepository('AuditEventEntity')
      .update({ subject: event.subject }, { createdAt: new Date(at) });
  }

  const sentences = () => page.locator('.herald-audit-event p').allTextContents();

  async function filter(choices: { Service?: string; Person?: string; 'Kind of change'?: string }): Promise<void> {
    await openPage(page, `${herald.adminUrl}/platform/audit`);
    for (const [label, option] of Object.entries(choices)) await page.getByLabel(label, { exact: true }).selectOption({ label: option });
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Filter' }));
    await page.waitForURL((url) => url.searchParams.has('serviceId'));
  }

  it('reads each event as a sentence: who, what, which service and when, in UK time', async () => {
    await filter({ Service: serviceName });
    expect(await sentences()).toEqual([
      `Alice Smith created text message template ‘Renewal reminder’ in ${serviceName}, 4 December 2026 at 11:00`,
      `Alice Smith created API key ‘backend’ for ${serviceName}, 4 December 2026 at 10:31`,
      // British Summer Time.
      `Bob Jones removed ${carol} from the team of ${serviceName}, 1 July 2026 at 10:05`,
    ]);
    await checkPage(page, 'platform-audit-sentences');
  });

  it('filters by person', async () => {
    await filter({ Service: serviceName, Person: `Bob Jones (${bob.emailAddress})` });
    expect(new URL(page.url()).searchParams.get('userId')).toBe(bob.id);
    expect(await sentences()).toEqual([`Bob Jones removed ${carol} from the team of ${serviceName}, 1 July 2026 at 10:05`]);
    expect(await page.getByLabel('Person', { exact: true }).inputValue()).toBe(bob.id);
  });

  it('filters by kind of change', async () => {
    await filter({ Service: serviceName, 'Kind of change': 'API keys and callbacks' });
    expect(new URL(page.url()).searchParams.get('kind')).toBe('api');
    expect(await sentences()).toEqual([`Alice Smith created API key ‘backend’ for ${serviceName}, 4 December 2026 at 10:31`]);

    await filter({ Service: serviceName, 'Kind of change': 'Templates and folders' });
    expect(await sentences()).toEqual([expect.stringContaining('created text message template ‘Renewal reminder’')]);

    await filter({ Service: serviceName, 'Kind of change': 'Registers' });
    expect(await sentences()).toEqual([]);
    expect(await page.locator('main').textContent()).toContain('Nothing recorded for these filters.');
    await checkPage(page, 'platform-audit-nothing-found');
  });

  it('shows the recorded event itself on request', async () => {
    await filter({ Service: serviceName, 'Kind of change': 'API keys and callbacks' });
    const event = page.locator('.herald-audit-event').first();
    const recorded = event.locator('pre');
    expect(await recorded.isVisible()).toBe(false);

    await activateWithKeyboard(page, event.locator('summary', { hasText: 'Show the recorded event' }));
    await recorded.waitFor({ state: 'visible' });
    const raw = JSON.parse((await recorded.textContent()) ?? '') as Record<string, unknown>;
    expect(raw).toMatchObject({
      action: 'api-key.created',
      subject: keyId,
      createdAt: '2026-12-04T10:31:00.000Z',
      user: { id: alice.id, name: 'Alice Smith' },
      service: { id: serviceId, name: serviceName },
      details: { name: 'backend', keyType: 'normal' },
    });
    await checkPage(page, 'platform-audit-recorded-event');
  });
});
