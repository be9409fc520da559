import { randomUUID } from 'node:crypto';
import { aFreePort, FakeRegisterServer, RegisterPerson } from '@herald/testing';
import { LookupReason } from '../register-connector';
import { HttpsJsonRegisterConnector } from './https-json-register.connector';

const JO: RegisterPerson = {
  scheme: 'nino',
  value: 'QQ123456C',
  contact: {
    email_address: 'jo@example.com',
    phone_number: '+447700900123',
    address: { address_line_1: 'Jo Smith', address_line_2: '1 High Street', address_line_3: 'SW1A 1AA' },
  },
};

describe('the HTTPS JSON adapter against a loopback register', () => {
  let server: FakeRegisterServer;

  beforeEach(async () => {
    server = await FakeRegisterServer.start({ people: [JO], token: 'register-token-1' });
  });
  afterEach(() => server.close());

  const aReason = (overrides: Partial<LookupReason> = {}): LookupReason => ({ purpose: 'benefit-letter', messageId: randomUUID(), userId: null, ...overrides });
  const connector = (overrides: Record<string, unknown> = {}) => new HttpsJsonRegisterConnector('dwp', server.httpsJsonSettings(overrides));

  it('posts the identifier, purpose, message id and fields with the bearer token, and answers found', async () => {
    const reason = aReason();
    const result = await connector().lookupContact(JO, reason, ['email_address', 'phone_number']);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/lookup' });
    expect(request.headers.authorization).toBe('Bearer register-token-1');
    expect(request.body).toEqual({
      identifier: { scheme: 'nino', value: 'QQ123456C' },
      purpose: 'benefit-letter',
      message_id: reason.messageId,
      fields: ['email_address', 'phone_number'],
    });
    expect(result).toEqual({ outcome: 'found', contact: { email_address: 'jo@example.com', phone_number: '+447700900123' }, requestHash: null, detail: null });
  });

  it('keeps only the fields asked for, though the register answered more', async () => {
    const result = await connector().lookupContact(JO, aReason(), ['address']);
    expect(result.contact).toEqual({ address: JO.contact.address });
  });

  it('answers not_found for a 404', async () => {
    const result = await connector().lookupContact({ scheme: 'nino', value: 'QQ000000A' }, aReason(), ['email_address']);
    expect(result).toEqual({ outcome: 'not_found', contact: null, requestHash: null, detail: null });
  });

  it('answers declined for a 403 and for {"declined": true}', async () => {
    server.declinePurpose('marketing', 'status');
    server.declinePurpose('survey', 'body');
    const forbidden = await connector().lookupContact(JO, aReason({ purpose: 'marketing' }), ['email_address']);
    const saidNo = await connector().lookupContact(JO, aReason({ purpose: 'survey' }), ['email_address']);
    expect(forbidden.outcome).toBe('declined');
    expect(saidNo.outcome).toBe('declined');
  });

  it('answers unavailable when the register does not answer in time', async () => {
    server.failNext('timeout');
    const started = Date.now();
    const result = await connector({ timeout_ms: 300 }).lookupContact(JO, aReason(), ['email_address']);
    expect(result).toEqual({ outcome: 'unavailable', contact: null, requestHash: null, detail: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers unavailable for a 500, a broken JSON body, a refused token and a closed port, with details free of values', async () => {
    server.failNext('error');
    server.failNext('invalid-json');
    const results = [
      await connector().lookupContact(JO, aReason(), ['email_address']),
      await connector().lookupContact(JO, aReason(), ['email_address']),
      await connector({ token: 'wrong' }).lookupContact(JO, aReason(), ['email_address']),
    ];
    const nobodyListening = `http://127.0.0.1:${await aFreePort()}`;
    results.push(await connector({ url: nobodyListening }).lookupContact(JO, aReason(), ['email_address']));
    expect(results.map((r) => [r.outcome, r.detail])).toEqual([
      ['unavailable', 'HTTP 500'],
      ['unavailable', 'the answer was not a JSON object'],
      ['unavailable', 'HTTP 401'],
      ['unavailable', 'network error (ECONNREFUSED)'],
    ]);
    expect(JSON.stringify(results)).not.toContain('QQ123456C');
  });

  it('sends no Authorization header when the register has no token', async () => {
    const open = await FakeRegisterServer.start({ people: [JO] });
    try {
      const result = await new HttpsJsonRegisterConnector('open', open.httpsJsonSettings()).lookupContact(JO, aReason(), ['email_address']);
      expect(result.outcome).toBe('found');
      expect(open.requests[0].headers).not.toHaveProperty('authorization');
    } finally {
      await open.close();
    }
  });

  it('R-OO-5: reports an undeliverable address, with the field that failed and no contact value', async () => {
    const messageId = randomUUID();
    await connector().reportUndeliverable(JO, { field: 'email_address', messageId, purpose: 'benefit-letter', status: 'permanent-failure' });
    const [report] = await server.waitForReports(1);
    expect(report).toMatchObject({
      shape: 'https-json',
      identifier: { scheme: 'nino', value: 'QQ123456C' },
      field: 'email_address',
      message_id: messageId,
      status: 'permanent-failure',
    });
    expect(report.headers.authorization).toBe('Bearer register-token-1');
    expect(JSON.stringify(server.requests[0].body)).not.toContain('jo@example.com');
  });

  it('rejects an undeliverable report the register did not take', async () => {
    server.failNext('timeout');
    await expect(
      connector({ timeout_ms: 200 }).reportUndeliverable(JO, { field: 'phone_number', messageId: randomUUID(), purpose: 'p', status: 'permanent-failure' }),
    ).rejects.toThrow('Register dwp did not take the undeliverable report: no answer within 200 ms');
  });
});
