import type { Browser, Page } from 'playwright-core';
import { InboundSmsRepository, SmsSenderRepository } from '@herald/persistence';
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

/** Received text messages: the conversations, one conversation, and "Reply" through the one-off send. Keyboard only, axe on every page. */
describe('received text messages in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let serviceId: string;
  let sender: TestUser;

  const receive = async (from: string, content: string, createdAt: Date) =>
    herald
      .get(InboundSmsRepository)
      .insert({ serviceId, notifyNumber: '07700900500', userNumber: from, content, provider: 'twilio', providerReference: null, createdAt });

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    serviceId = (await herald.scenario.aService({ name: `Vehicle Licensing ${Date.now()}`, live: true })).id;
    await herald.get(SmsSenderRepository).add(serviceId, 'DVLA', { inboundNumber: '07700900500' });
    await herald.scenario.anSmsTemplate(serviceId, { name: 'Appointment reply', content: 'Yes, your appointment is on ((day)).' });
    await herald.scenario.anEmailTemplate(serviceId, { name: 'Email reminder' });
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    await receive('447700900123', 'Is my appointment\nstill on?', minutesAgo(30));
    await receive('12025550123', 'STOP', minutesAgo(20));
    await receive('447700900123', 'Thanks', minutesAgo(10));
    sender = await herald.scenario.aUser({ serviceId, permissions: ['send_messages'], name: 'Sam Sender' });
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

  it('lists the conversations, opens one, and replies through the one-off send with the number filled in; no URL holds the number', async () => {
    const visited: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(frame.url()));
    await signInWithKeyboard(page, herald.adminUrl, sender);
    await openPage(page, `${herald.adminUrl}/services/${serviceId}`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Received text messages' }));
    await page.waitForURL(/\/received-text-messages$/);
    expect(await page.locator('main').textContent()).toContain('People can text your service on 07700 900500');
    const rows = await page.locator('#conversations tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/07700 900123[\s\S]*Thanks[\s\S]*2/);
    expect(rows[1]).toMatch(/\+1 202-555-0123[\s\S]*STOP[\s\S]*1/);
    await checkPage(page, 'received-texts-list');

    await activateWithKeyboard(page, page.getByRole('link', { name: '07700 900123 conversation' }));
    await page.waitForURL(/\/received-text-messages\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Conversation with 07700 900123');
    expect(await page.locator('.herald-conversation__content').allTextContents()).toEqual(['Received: Is my appointment\nstill on?', 'Received: Thanks']);
    await checkPage(page, 'received-texts-conversation');

    await activateWithKeyboard(page, page.getByRole('button', { name: 'Reply' }));
    await page.waitForURL(/\/send\?conversation=[0-9a-f-]{36}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Reply to 07700 900123');
    // Only text message templates can reply.
    expect(await page.getByRole('link', { name: 'Email reminder' }).count()).toBe(0);
    await checkPage(page, 'received-texts-reply-choose');
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Appointment reply' }));
    await page.waitForURL(/\/send\/[0-9a-f-]{36}\?conversation=[0-9a-f-]{36}$/);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Reply to 07700 900123' }));
    await page.waitForURL(/\/one\?conversation=[0-9a-f-]{36}$/);
    expect(await page.getByLabel('Phone number').inputValue()).toBe('07700 900123');
    await checkPage(page, 'received-texts-reply-form');

    await typeWithKeyboard(page, page.getByLabel('Day'), 'Monday');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('text=Check the message before you send it');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send 1 message' }));
    await page.waitForURL(/\/send\/notifications\/[0-9a-f-]{36}$/);

    await openPage(
      page,
      visited.find((url) => /\/received-text-messages\/[0-9a-f-]{36}$/.test(url))!,
    );
    const thread = await page.locator('.herald-conversation__content').allTextContents();
    expect(thread).toEqual(['Received: Is my appointment\nstill on?', 'Received: Thanks', 'Sent: Yes, your appointment is on Monday.']);
    expect(await page.locator('.herald-conversation__message--sent').textContent()).toContain('See this message');
    await checkPage(page, 'received-texts-conversation-replied');

    for (const url of visited) expect(url.replace(/[^\d]/g, '')).not.toMatch(/7700900123|2025550123/);
  });

  it('shows no Reply to a member who cannot send, and no navigation item to a service that receives no texts', async () => {
    const viewer = await herald.scenario.aUser({ serviceId, permissions: [] });
    const quiet = await herald.scenario.aService();
    await herald.scenario.aUser({ serviceId: quiet.id, emailAddress: `quiet-${Date.now()}@example.gov.uk` });
    const [conversation] = (await herald.get(InboundSmsRepository).listForService(serviceId, { limit: 1 }))!;
    await signInWithKeyboard(page, herald.adminUrl, viewer);
    await openPage(page, `${herald.adminUrl}/services/${serviceId}/received-text-messages/${conversation.id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Conversation with 07700 900123');
    expect(await page.getByRole('button', { name: 'Reply' }).count()).toBe(0);

    const member = await herald.scenario.aUser({ serviceId: quiet.id });
    await page.context().clearCookies();
    await signInWithKeyboard(page, herald.adminUrl, member);
    await openPage(page, `${herald.adminUrl}/services/${quiet.id}`);
    expect(await page.getByRole('link', { name: 'Received text messages' }).count()).toBe(0);
  });
});
