import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import {
  ADDRESS,
  aPublishedSet,
  aRegisterGrant,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  CitizenUnderTest,
  closePage,
  created,
  eventually,
  FakeRegisterServer,
  getMessage,
  launchBrowser,
  newPage,
  pdfText,
  postMessage,
} from '@herald/testing';

const PAT = { id: 'pat', name: 'Pat Example', nationalId: 'QQ654321A' };
const LABEL = 'Your benefit decision';
const PURPOSE_WORDS = 'To send you your benefit decision by post';

/**
 * Issue 13's whole journey: a service sends a statutory message to a person named only by their
 * identifier; the register on loopback gives a postal address and no email; the letter is printed;
 * the person signs in to the citizen app (through the identity provider's own pages) and sees the
 * message, the look-up with its purpose, and both in their export.
 */
describe('once-only, end to end: from a register look-up to the person’s own view', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let citizen: CitizenUnderTest;
  let register: FakeRegisterServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    citizen = await CitizenUnderTest.start([PAT]);
    register = await FakeRegisterServer.start({ people: [{ scheme: 'national_id', value: PAT.nationalId, contact: { address: ADDRESS } }] });
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await newPage(browser);
    await page.context().route(/^https:\/\//, (route) => route.abort());
  });
  afterEach(() => closePage(page));
  afterAll(async () => {
    await browser?.close();
    await register?.close();
    await citizen?.stop();
  });

  it('a statutory message by identifier is looked up, printed, and shown to the person with the look-up and in their export', async () => {
    const { herald } = citizen;
    const service = await herald.scenario.aService({ live: true, name: 'Benefits Agency' });
    const user = await herald.scenario.aUser({ serviceId: service.id });
    const key = await herald.scenario.anApiKey(service.id, 'normal');
    const department = { serviceId: service.id, key, callbackPath: '', actor: { id: user.id, name: 'Test user' } };
    const set = await aPublishedSet(herald, department, {
      name: 'Benefit decision',
      kind: 'statutory',
      label: LABEL,
      variants: [
        { channel: 'email', language: 'en', subject: LABEL, content: 'Dear ((name)), your benefit decision is ready.' },
        { channel: 'letter', language: 'en', subject: LABEL, content: 'Dear ((name)), we have decided to award you the benefit from 1 January.' },
      ],
    });
    const grant = await aRegisterGrant(herald, service.id, { adapter: 'https-json', settings: register.httpsJsonSettings() }, { citizenLabel: PURPOSE_WORDS });

    const { id } = created(
      await postMessage(herald, key, {
        template_set_id: set.setId,
        recipient: { identifier: { scheme: 'national_id', value: PAT.nationalId } },
        purpose: grant.purpose,
        personalisation: { name: 'Pat' },
        routing: { method: 'first_success', channels: ['email', 'letter'] },
      }),
    );

    // The register gave an address and no email: the letter is the one attempt.
    const letter = await eventually(async () => {
      const message = await getMessage(herald, key, id);
      const attempt = message.attempts.find((a) => a.channel === 'letter');
      if (!attempt) throw new Error('no letter attempt yet');
      expect(message.route_plan[0]).toMatchObject({ channel: 'email', decision: 'skipped', reason: 'no_contact_data' });
      return attempt;
    });
    const pdfPath = join(herald.config.outboxDir, 'letter', `${letter.id}.pdf`);
    await eventually(async () => {
      await herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.printBatch);
      expect(existsSync(pdfPath)).toBe(true);
    });
    const printed = pdfText(readFileSync(pdfPath));
    expect(printed).toContain(ADDRESS.address_line_2);
    expect(printed).toContain('award you the benefit');
    await eventually(async () => expect(await getMessage(herald, key, id)).toMatchObject({ status: 'delivered', delivered_via: 'letter' }));

    await page.goto(`${citizen.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('input[name="login"]').fill(PAT.id);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${citizen.url}/messages`);

    await page.getByRole('link', { name: LABEL }).click();
    await checkPage(page, 'once-only-message');
    const details = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(details).toContain('Benefits Agency');
    expect(details).toContain('award you the benefit');
    expect(details).toContain('Delivered by letter');
    expect(details).toContain('Letter Posted');

    await page.getByRole('link', { name: 'Who looked up my details' }).click();
    await checkPage(page, 'once-only-lookups');
    const lookups = (await page.locator('#lookups').innerText()).replace(/\s+/g, ' ');
    expect(lookups).toContain(PURPOSE_WORDS);
    expect(lookups).toContain('Benefits Agency');
    expect(lookups).toContain('postal address');

    await page.getByRole('link', { name: 'Download my data' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download everything as a JSON file' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      messages: Array<{ id: string; label: string; kind: string; delivered_via: string }>;
      lookups: Array<{ purpose: string; message_id: string; outcome: string; fields_requested: string[] }>;
    };
    expect(exported.messages).toEqual([expect.objectContaining({ id, label: LABEL, kind: 'statutory', delivered_via: 'letter' })]);
    expect(exported.lookups).toEqual([expect.objectContaining({ purpose: PURPOSE_WORDS, message_id: id, outcome: 'found' })]);
    expect(JSON.stringify(exported)).not.toContain(ADDRESS.address_line_2);
  });
});
