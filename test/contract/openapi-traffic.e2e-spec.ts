import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { ADDRESS, bearerFor, eventually } from '@herald/testing';
import { LETTER_PERSONALISATION } from './support/contract-letters';
import { type Exchange, OpenApiTraffic } from './support/openapi-traffic';
import { PERSON, ReferenceWorld } from './support/reference-world';

/**
 * Issue 14 point 10: the API reference Herald serves (/docs/openapi.json) against Herald's own
 * traffic. Representative requests of every public operation, accepted and refused, go to a
 * running Herald; each exchange must be an operation of the document, with a status, content type
 * and body its schemas allow (response objects are closed: a field the schema lacks fails), and
 * each accepted request body must be valid against the operation's request schema.
 */
describe('the API reference against Herald’s traffic', () => {
  let world: ReferenceWorld;
  let traffic: OpenApiTraffic;
  const sent: Record<string, string> = {};

  beforeAll(async () => {
    world = await ReferenceWorld.start();
    traffic = await OpenApiTraffic.of(world.herald.baseUrl);
  });
  afterAll(() => world.stop());

  const live = () => ({ authorization: world.liveKey() });
  const templates = () => world.service.templates;

  /** Sends, checks the status the test meant to provoke, and checks the exchange against the document. */
  async function call(method: string, url: string, status: number, options: Parameters<OpenApiTraffic['send']>[2] = live()): Promise<Exchange> {
    const exchange = await traffic.send(method, url, options);
    expect({ url, status: exchange.status, body: exchange.status === status ? 'as expected' : exchange.responseBody }).toEqual({
      url,
      status,
      body: 'as expected',
    });
    expect(traffic.problems(exchange)).toEqual([]);
    return exchange;
  }
  const idOf = (exchange: Exchange) => (exchange.responseBody as { id: string }).id;

  it('sends emails, texts and letters, and refuses what Notify refuses', async () => {
    const email = { template_id: templates().email.id, personalisation: { name: 'Robin', 'reference number': 'HX-1', file: '-' }, reference: 'ref-1' };
    sent.email = idOf(await call('POST', '/v2/notifications/email', 201, { ...live(), body: { ...email, email_address: 'citizen@example.com' } }));
    await call('POST', '/v2/notifications/email', 201, {
      authorization: world.testKey(),
      body: { ...email, email_address: 'citizen@example.com', reference: 'ref-2' },
    });
    const sms = { template_id: templates().sms.id, phone_number: '07700 900855', personalisation: { name: 'Robin', code: '1234' } };
    sent.sms = idOf(await call('POST', '/v2/notifications/sms', 201, { ...live(), body: sms }));
    const letter = { template_id: templates().letter.id, personalisation: LETTER_PERSONALISATION, reference: 'letter-1' };
    sent.letter = idOf(await call('POST', '/v2/notifications/letter', 201, { ...live(), body: letter }));
    await call('POST', '/v2/notifications/letter', 201, {
      ...live(),
      body: { reference: 'precompiled-1', content: (await anA4Pdf()).toString('base64'), postage: 'first' },
    });

    await call('POST', '/v2/notifications/email', 400, { ...live(), body: { email_address: 'citizen@example.com' } });
    await call('POST', '/v2/notifications/email', 400, { ...live(), body: { ...email, email_address: 'citizen@example.com', colour: 'blue' } });
    await call('POST', '/v2/notifications/sms', 400, { ...live(), rawBody: '{"phone_number": ' });
    await call('POST', '/v2/notifications/sms', 401, { body: sms });
    await call('POST', '/v2/notifications/sms', 403, { authorization: 'Bearer not-a-token', body: sms });
    // The second service may send one text a day: the second is over its daily limit.
    const { key, smsTemplateId } = world.limited;
    const overLimit = () => ({
      authorization: bearerFor(key.serviceId, key.secret),
      body: { template_id: smsTemplateId, phone_number: '07700 900855', personalisation: { name: 'Jo' } },
    });
    await call('POST', '/v2/notifications/sms', 201, overLimit());
    await call('POST', '/v2/notifications/sms', 429, overLimit());
  });

  it('reads notifications back, one by one, in lists and as a letter’s PDF', async () => {
    await call('GET', '/v2/notifications', 200);
    await call('GET', '/v2/notifications?template_type=sms&status=created&status=sending', 200);
    await call('GET', `/v2/notifications?older_than=${sent.email}&include_jobs=true`, 200);
    await call('GET', '/v2/notifications?colour=blue', 400);
    for (const id of [sent.email, sent.sms, sent.letter]) await call('GET', `/v2/notifications/${id}`, 200);
    await eventually(async () => {
      const read = await traffic.send('GET', `/v2/notifications/${sent.email}`, live());
      if ((read.responseBody as { status: string }).status === 'created') throw new Error('the email has not been handed to SMTP yet');
      expect(traffic.problems(read)).toEqual([]);
    });
    await call('GET', `/v2/notifications/${randomUUID()}`, 404);
    await call('GET', '/v2/notifications/not-a-uuid', 400);
    await call('GET', `/v2/notifications/${sent.email}/pdf`, 400);
    await eventually(async () => {
      const pdf = await traffic.send('GET', `/v2/notifications/${sent.letter}/pdf`, live());
      expect(traffic.problems(pdf)).toEqual([]);
      if (pdf.status !== 200) throw new Error(`the letter's PDF answered ${pdf.status}`);
    });
  });

  it('reads and previews templates', async () => {
    const { email, sms, letter } = templates();
    await call('GET', `/v2/template/${email.id}`, 200);
    await call('GET', `/v2/template/${letter.id}/version/1`, 200);
    await call('GET', `/v2/template/${letter.id}/version/first`, 404);
    await call('GET', `/v2/template/${randomUUID()}`, 404);
    await call('GET', '/v2/template/not-a-uuid', 400);
    await call('GET', '/v2/templates', 200);
    await call('GET', '/v2/templates?type=letter', 200);
    await call('GET', '/v2/templates?type=fax', 400);
    await call('POST', `/v2/template/${email.id}/preview`, 200, {
      ...live(),
      body: { personalisation: { name: 'Robin', 'reference number': 'HX-1', file: '-' } },
    });
    await call('POST', `/v2/template/${sms.id}/preview`, 200, { ...live(), body: { personalisation: { name: 'Robin', code: '1' } } });
    await call('POST', `/v2/template/${letter.id}/preview`, 200, { ...live(), body: { personalisation: LETTER_PERSONALISATION } });
    await call('POST', `/v2/template/${sms.id}/preview`, 400);
  });

  it('lists received text messages', async () => {
    await world.aReceivedText('Yes please');
    const page = await call('GET', '/v2/received-text-messages', 200);
    const [text] = (page.responseBody as { received_text_messages: Array<{ id: string }> }).received_text_messages;
    expect(text).toBeDefined();
    await call('GET', `/v2/received-text-messages?older_than=${text.id}`, 200);
    await call('GET', '/v2/received-text-messages?older_than=yesterday', 400);
  });

  it('sends, reads and cancels omnichannel messages, and answers who may be contacted', async () => {
    const base = { template_set_id: world.templateSetId, personalisation: { name: 'Pat', ref: 'R-1' } };
    const first = await call('POST', '/herald/v1/messages', 201, {
      ...live(),
      body: { ...base, recipient: { email_address: PERSON.email }, routing: { method: 'first_success', channels: ['email'] } },
    });
    const everyChannel = {
      ...base,
      recipient: { email_address: PERSON.email, phone_number: '07700 900855', address: ADDRESS },
      routing: { method: 'first_success', channels: ['letter', 'email', 'sms'], fallback_after: { letter: 'P2D' } },
      reference: 'message-2',
      language: 'en',
    };
    const second = await call('POST', '/herald/v1/messages', 201, { ...live(), body: everyChannel });
    await eventually(async () => {
      const read = await call('GET', `/herald/v1/messages/${idOf(first)}`, 200);
      if ((read.responseBody as { attempts: unknown[] }).attempts.length === 0) throw new Error('no attempt yet');
    });
    await call('DELETE', `/herald/v1/messages/${idOf(second)}/pending`, 200);
    await call('GET', `/herald/v1/messages/${randomUUID()}`, 404);
    await call('POST', '/herald/v1/messages', 400, {
      ...live(),
      body: { ...base, recipient: { email_address: PERSON.email }, routing: { method: 'sometimes' } },
    });

    const setId = world.templateSetId;
    await call('GET', `/herald/v1/recipients/can-contact?template_set_id=${setId}&email_address=${encodeURIComponent(PERSON.email)}`, 200);
    await call('GET', `/herald/v1/recipients/can-contact?email_address=${encodeURIComponent(PERSON.email)}`, 400);
    await call('GET', `/herald/v1/recipients/can-contact?template_set_id=${randomUUID()}&phone_number=07700900855`, 404);
  });

  it('reports content checks of templates and template sets', async () => {
    await call('GET', `/herald/v1/templates/${templates().email.id}/checks`, 200);
    await call('GET', `/herald/v1/template-sets/${world.templateSetId}/checks`, 200);
    await call('GET', `/herald/v1/templates/${randomUUID()}/checks`, 404);
    await call('GET', '/herald/v1/template-sets/not-a-uuid/checks', 400);
  });

  it('shows a person their own view, downloads and changes to their choices', async () => {
    const me = async () => ({ authorization: await world.personalToken() });
    await call('GET', '/herald/v1/me', 200, await me());
    const messages = await call('GET', '/herald/v1/me/messages?offset=0&limit=10', 200, await me());
    expect((messages.responseBody as { total: number }).total).toBeGreaterThan(0);
    await call('GET', '/herald/v1/me/messages?limit=0', 400, await me());
    await call('GET', '/herald/v1/me/lookups', 200, await me());
    await call('GET', '/herald/v1/me/export?format=json', 200, await me());
    await call('GET', '/herald/v1/me/export?format=csv', 200, await me());
    await call('GET', '/herald/v1/me/export?format=csv&part=lookups', 200, await me());
    await call('GET', '/herald/v1/me/export?format=xml', 400, await me());
    await call('GET', '/herald/v1/me/preferences', 200, await me());
    await call('PUT', '/herald/v1/me/preferences', 200, { ...(await me()), body: { language: 'cy', format_needs: ['large_print'], channels: { sms: false } } });
    await call('PUT', '/herald/v1/me/preferences', 400, { ...(await me()), body: { paper_only: 'yes' } });
    await call('GET', '/herald/v1/me', 403, live());
    await call('GET', '/herald/v1/me/preferences', 401, {});
  });

  it('catches an answer or a request the document does not allow', () => {
    const accepted = traffic.exchanges.find((e) => e.route === '/v2/notifications/{notificationId}' && e.status === 200)!;
    const answer = accepted.responseBody as Record<string, unknown>;
    const { estimated_delivery: _unused, ...withoutOptional } = answer;
    expect(traffic.problems({ ...accepted, responseBody: { ...answer, cost: 1 } })).toEqual([expect.stringMatching(/must NOT have additional properties/)]);
    expect(traffic.problems({ ...accepted, responseBody: { ...withoutOptional, type: 'fax' } }).join()).toMatch(
      /type must be equal to one of the allowed values/,
    );
    expect(traffic.problems({ ...accepted, status: 418 })).toEqual([expect.stringMatching(/status 418 is not among the operation's responses/)]);
    expect(traffic.problems({ ...accepted, method: 'PATCH' })).toEqual([expect.stringMatching(/no PATCH operation/)]);
    expect(traffic.problems({ ...accepted, route: null })).toEqual([expect.stringMatching(/no path of the document matches/)]);
    const sentEmail = traffic.exchanges.find((e) => e.route === '/v2/notifications/email' && e.status === 201)!;
    expect(traffic.problems({ ...sentEmail, requestBody: { ...(sentEmail.requestBody as object), colour: 'blue' } }).join()).toMatch(/request/);
  });

  it('exercised every operation of the document, and every kind of refusal', () => {
    const answered = new Set(traffic.exchanges.filter((e) => e.status < 300).map((e) => `${e.method} ${e.route}`));
    expect(traffic.operations().filter((operation) => !answered.has(operation))).toEqual([]);
    expect([...new Set(traffic.exchanges.map((e) => e.status).filter((s) => s >= 400))].sort()).toEqual([400, 401, 403, 404, 429]);
  });
});

async function anA4Pdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([595.28, 841.89]).drawText('API reference test letter', { x: 72, y: 600, size: 12 });
  return Buffer.from(await document.save());
}
