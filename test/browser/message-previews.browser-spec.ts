import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  launchBrowser,
  newPage,
  omnichannelFixtures,
  openPage,
  signInWithKeyboard,
  TestUser,
} from '@herald/testing';

type Channel = 'email' | 'sms' | 'letter';
type BrowserGlobals = { document: { querySelector(selector: string): unknown } };
type FrameFacts = { frameWidth: number; columnWidth: number; scrollWidth: number; clientWidth: number; bodyHeight: number; frameHeight: number };

/** What each form and file gives: the recipient's fields and the template's one placeholder. */
const VALUES: Record<string, string> = {
  'email address': 'ada@example.com',
  'phone number': '07700 900123',
  'address line 1': 'Ada Lovelace',
  'address line 2': '1 High Street',
  'address line 3': 'London',
  postcode: 'SW1A 1AA',
  name: 'Ada',
};
const COLUMNS: Record<Channel, string[]> = {
  email: ['email address', 'name'],
  sms: ['phone number', 'name'],
  letter: ['address line 1', 'address line 2', 'address line 3', 'postcode', 'name'],
};
/** Markdown the recipient must never see as such: a heading and a list. */
const CONTENT = '# Your appointment\n\nDear ((name)), bring these:\n\n* your passport\n* a photo\n\nSee you soon.';

/**
 * R-15 point 10: the template page, the check page of a one-off send, the file check page and a sent
 * message's page each show the message as its recipient gets it: the email in its layout (as wide as
 * the column, nothing clipped, markdown rendered), the text in the phone, the letter as page images.
 */
describe('messages shown as people receive them', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let sender: TestUser;
  let serviceId: string;
  const templateIds = {} as Record<Channel, string>;
  const folder = mkdtempSync(join(tmpdir(), 'herald-previews-'));

  beforeAll(async () => {
    herald = await AdminUnderTest.start({}, { worker: true });
    browser = await launchBrowser();
    const service = await herald.scenario.aService({ name: `Previews office ${Date.now()}`, live: true });
    serviceId = service.id;
    templateIds.email = (
      await herald.scenario.anEmailTemplate(serviceId, { name: 'Appointment email', subject: 'Your appointment, ((name))', content: CONTENT })
    ).id;
    templateIds.sms = (
      await herald.scenario.anSmsTemplate(serviceId, { name: 'Appointment text', content: 'Dear ((name)), your appointment is on Monday.' })
    ).id;
    templateIds.letter = (await herald.scenario.aLetterTemplate(serviceId, { name: 'Appointment letter', subject: 'Your appointment', content: CONTENT })).id;
    sender = await herald.scenario.aUser({ serviceId, permissions: ['send_messages'], name: 'Pat Previewer' });
    page = await newPage(browser);
    await signInWithKeyboard(page, herald.adminUrl, sender);
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
  });

  const base = () => `${herald.adminUrl}/services/${serviceId}`;

  /** The preview on the page is the recipient's view of `channel`; axe and a screenshot too. */
  async function expectRecipientView(channel: Channel, pageName: string): Promise<void> {
    const preview = page.locator(`.herald-message-preview[data-channel="${channel}"]`);
    await preview.waitFor();
    if (channel === 'email') await expectEmail();
    if (channel === 'sms')
      expect(await page.locator('.herald-phone .herald-phone__message').textContent()).toContain('Dear Ada, your appointment is on Monday.');
    if (channel === 'letter') await expectLetter();
    expect(await preview.textContent()).not.toMatch(/^\s*#|\* your passport/m);
    await checkPage(page, `message-preview-${pageName}-${channel}`);
  }

  async function expectEmail(): Promise<void> {
    const frame = page.frameLocator('iframe.herald-email-preview');
    await frame.locator('body').waitFor();
    // The email's own markdown, rendered: a heading and a list, and no markdown left.
    expect(await frame.locator('h1, h2').filter({ hasText: 'Your appointment' }).count()).toBe(1);
    expect(await frame.locator('li').allTextContents()).toEqual(expect.arrayContaining(['your passport', 'a photo']));
    const text = (await frame.locator('body').textContent()) ?? '';
    expect(text).toContain('Dear Ada');
    expect(text).not.toMatch(/#|\* your passport/);
    // As wide as the content column, nothing clipped sideways, and as tall as the email (the page's script fits it).
    await page.waitForFunction(() => {
      const iframe = (globalThis as unknown as BrowserGlobals).document.querySelector('iframe.herald-email-preview') as {
        clientHeight: number;
        contentDocument: { body: { scrollHeight: number } } | null;
      };
      return iframe.contentDocument !== null && iframe.clientHeight >= iframe.contentDocument.body.scrollHeight;
    });
    const facts = await page.locator('iframe.herald-email-preview').evaluate((iframe): FrameFacts => {
      const frame = iframe as unknown as {
        clientWidth: number;
        clientHeight: number;
        contentDocument: { documentElement: { scrollWidth: number; clientWidth: number }; body: { scrollHeight: number } };
      };
      // The column's content box: its width less its padding.
      const column = iframe.closest('[class*="govuk-grid-column-"]') as unknown as { clientWidth: number };
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { paddingLeft: string; paddingRight: string } }).getComputedStyle(column);
      const doc = frame.contentDocument.documentElement;
      return {
        frameWidth: frame.clientWidth,
        columnWidth: column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        scrollWidth: doc.scrollWidth,
        clientWidth: doc.clientWidth,
        bodyHeight: frame.contentDocument.body.scrollHeight,
        frameHeight: frame.clientHeight,
      };
    });
    // The frame's border is inside its width: 2 px less than the column.
    expect(facts.frameWidth).toBeGreaterThanOrEqual(facts.columnWidth - 2);
    expect(facts.frameWidth).toBeGreaterThan(510);
    expect(facts.scrollWidth).toBeLessThanOrEqual(facts.clientWidth);
    expect(facts.frameHeight).toBeGreaterThanOrEqual(facts.bodyHeight);
  }

  async function expectLetter(): Promise<void> {
    const images = page.locator('img.herald-letter-page');
    await images.first().waitFor();
    const count = await images.count();
    expect(count).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < count; i++) {
      const image = images.nth(i);
      await image.scrollIntoViewIfNeeded();
      await page.waitForFunction((img) => (img as unknown as { complete: boolean }).complete, await image.elementHandle());
      expect(await image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
      const alt = (await image.getAttribute('alt')) ?? '';
      expect(alt).toContain(`Page ${i + 1} of ${count} of the letter.`);
      const answer = await page.request.get(new URL((await image.getAttribute('src'))!, page.url()).toString());
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-type']).toBe('image/png');
    }
    const alt = (await images.first().getAttribute('alt')) ?? '';
    expect(alt).toContain('Your appointment');
    expect(alt).toContain('your passport');
    expect(alt).not.toMatch(/#|\* your/);
  }

  /** Fills the send-one form and posts it: the check page. */
  async function fillSendForm(channel: Channel): Promise<void> {
    await openPage(page, `${base()}/send/${templateIds[channel]}/one`);
    for (const name of COLUMNS[channel]) await page.locator(`[name="${name}"]`).fill(VALUES[name]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('text=Check the message before you send it');
  }

  it('on an omnichannel message’s page, each attempt as sent: a braille letter has no printed pages, and says why', async () => {
    const { messageId } = await omnichannelFixtures(herald, serviceId);
    await openPage(page, `${base()}/messages/${messageId}`);
    const preview = page.locator('#attempts .herald-message-preview[data-channel="letter"]');
    expect(await preview.textContent()).toContain('made by hand in the format the person needs');
    expect(await preview.locator('img').count()).toBe(0);
    await checkPage(page, 'message-preview-message-letter');
  });

  describe.each<Channel>(['email', 'sms', 'letter'])('a %s', (channel) => {
    it('on its template page', async () => {
      await openPage(page, `${base()}/templates/${templateIds[channel]}?values.name=Ada`);
      await expectRecipientView(channel, 'template');
    });

    it('on the check page of a one-off send', async () => {
      await fillSendForm(channel);
      await expectRecipientView(channel, 'check');
    });

    it('on the check page of a file, for its first row', async () => {
      const file = join(folder, `${channel}.csv`);
      const row = (i: number) => COLUMNS[channel].map((name) => (name === 'phone number' ? `07700 90012${i}` : VALUES[name])).join(',');
      writeFileSync(file, [COLUMNS[channel].join(','), row(1), row(2)].join('\n'));
      await openPage(page, `${base()}/send/${templateIds[channel]}/upload`);
      await page.getByLabel('CSV or Excel (.xlsx) file').setInputFiles(file);
      await page.getByRole('button', { name: 'Upload file' }).click();
      await page.waitForURL(/\/uploads\/[0-9a-f-]{36}$/);
      await expectRecipientView(channel, 'file-check');
    });

    it('on the page of the sent message', async () => {
      await fillSendForm(channel);
      await page.getByRole('button', { name: 'Send 1 message' }).click();
      await page.waitForURL(/\/send\/notifications\/[0-9a-f-]{36}$/);
      const notificationId = page.url().split('/').pop()!;
      // A letter's pages come from its PDF, which the worker makes just after the send.
      for (let tries = 1; ; tries++) {
        await openPage(page, `${base()}/notifications/${notificationId}`);
        if (channel !== 'letter' || (await page.locator('img.herald-letter-page').count()) > 0) break;
        if (tries === 120) throw new Error('The sent letter never showed its pages');
        // Reloads until the worker has made the PDF, as the page asks a person to.
        await page.waitForTimeout(250);
      }
      await expectRecipientView(channel, 'sent');
    });
  });
});
