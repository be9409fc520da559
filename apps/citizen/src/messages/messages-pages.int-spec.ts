import { CitizenUnderTest } from '@herald/testing';
import { SealedCookies } from '../session/sealed-cookies';
import { SESSION_COOKIE } from '../session/session-cookies';

/** The message pages over the real API, as Alex signed in (without a browser: the HTML as served). */
describe('the message pages', () => {
  let citizen: CitizenUnderTest;
  let session: string;

  beforeAll(async () => {
    citizen = await CitizenUnderTest.start([{ id: 'alex', name: 'Alex Example', email: 'alex@example.com' }], {}, { worker: false });
    const token = await citizen.identity.accessTokenFor('alex');
    session = new SealedCookies(citizen.herald.config.encryptionKey).seal(SESSION_COOKIE, { accessToken: token, expiresAt: Date.now() + 600_000, name: null });
  });
  afterAll(() => citizen?.stop());

  const page = async (path: string) => {
    const response = await fetch(`${citizen.url}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${session}` }, redirect: 'manual' });
    return { status: response.status, html: await response.text() };
  };
  const linksToMessages = (html: string) => [...html.matchAll(/href="\/messages\/([0-9a-f-]{36})"/g)].map((m) => m[1]);

  it('R-TR-7: a sensitive message is read on its page, which says its email only told the person a message was waiting', async () => {
    const sent = await citizen.sendMessage({
      serviceName: 'Benefits office',
      label: 'Your benefit decision',
      content: 'We have decided to award you the benefit.',
      emailAddress: 'alex@example.com',
      sensitive: true,
    });
    const { status, html } = await page(`/messages/${sent.id}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1 class="govuk-heading-l">Your benefit decision</h1>');
    expect(html).toContain('This message is private. The email or text message we sent only said that a message was waiting for you.');
    expect(html).toContain('We have decided to award you the benefit.');
  });

  it("R-TR-1: a message sent to someone else is not found on the person's own pages", async () => {
    const other = await citizen.sendMessage({
      serviceName: 'Tax office',
      label: 'Not for Alex',
      content: 'Private.',
      emailAddress: 'someone.else@example.com',
    });
    const { status, html } = await page(`/messages/${other.id}`);
    expect(status).toBe(404);
    expect(html).not.toContain('Not for Alex');
  });

  it('R-TR-1: lists 20 messages a page, newest first, with links to the next and previous pages', async () => {
    for (let n = 1; n <= 21; n += 1) {
      await citizen.sendMessage({ serviceName: `Service ${n}`, label: `Message number ${n}`, content: 'Hello.', emailAddress: 'alex@example.com' });
    }
    const first = await page('/messages');
    expect(linksToMessages(first.html)).toHaveLength(20);
    expect(first.html.indexOf('Message number 21')).toBeLessThan(first.html.indexOf('Message number 20'));
    expect(first.html).toContain('href="/messages?page=2"');

    // 21 new ones and the sensitive message: page 2 holds the two oldest.
    const second = await page('/messages?page=2');
    expect(second.html).toContain('<title>Messages from government (page 2) - Your messages from government</title>');
    expect(second.html).toContain('Message number 1<');
    expect(second.html).toContain('Your benefit decision');
    expect(linksToMessages(second.html)).toHaveLength(2);
    expect(second.html).toContain('href="/messages?page=1"');
  });

  it('R-TR-1: names the organisation that sent a message with its service, in the list and on the message page', async () => {
    const sent = await citizen.sendMessage({
      serviceName: 'Blue Badge renewals',
      organisation: 'Riverside Council',
      label: 'Renew your Blue Badge',
      content: 'Your badge runs out soon.',
      emailAddress: 'alex@example.com',
    });
    const list = await page('/messages');
    expect(list.html).toContain('<td class="govuk-table__cell">Riverside Council, Blue Badge renewals</td>');
    const { html } = await page(`/messages/${sent.id}`);
    expect(html).toContain('Message from Riverside Council, Blue Badge renewals');
  });
});
