import { randomUUID } from 'node:crypto';
import { FakeRegisterServer, RegisterPerson, xRoadRequestHash } from '@herald/testing';
import { LookupReason } from '../register-connector';
import { XRoadRegisterConnector } from './x-road-register.connector';

const MARI: RegisterPerson = {
  scheme: 'personal_code',
  value: '38001085718',
  contact: { email_address: 'mari@example.ee', phone_number: '+37255512345', language: 'et' },
};

describe('the X-Road REST adapter against a loopback security server', () => {
  let server: FakeRegisterServer;

  beforeEach(async () => {
    server = await FakeRegisterServer.start({ people: [MARI] });
  });
  afterEach(() => server.close());

  const aReason = (overrides: Partial<LookupReason> = {}): LookupReason => ({ purpose: 'tax-reminder', messageId: randomUUID(), userId: null, ...overrides });
  const connector = (overrides: Record<string, unknown> = {}) => new XRoadRegisterConnector('population', server.xRoadSettings(overrides));

  it('R-OO-1: sends X-Road-Client, X-Road-UserId and X-Road-Issue = purpose:message id, and keeps the response’s X-Road-Request-Hash', async () => {
    const reason = aReason({ userId: 'EE38001085718' });
    const result = await connector().lookupContact(MARI, reason, ['email_address']);

    const [request] = server.requests;
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/r1/EE/GOV/70000002/population/person-contacts/contacts/personal_code/38001085718?fields=email_address');
    expect(request.headers['x-road-client']).toBe('EE/GOV/70000001/herald');
    expect(request.headers['x-road-userid']).toBe('EE38001085718');
    expect(request.headers['x-road-issue']).toBe(`tax-reminder:${reason.messageId}`);
    expect(request.headers['x-road-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.headers.accept).toBe('application/json');
    expect(result).toEqual({ outcome: 'found', contact: { email_address: 'mari@example.ee' }, requestHash: request.requestHash, detail: null });
    expect(result.requestHash).toBe(xRoadRequestHash('GET', request.path, request.headers));
  });

  it('sends the register’s configured user id when the service gave none, and no X-Road-UserId when neither is known', async () => {
    await connector({ user_id: 'EE10000000001' }).lookupContact(MARI, aReason(), ['email_address']);
    await connector().lookupContact(MARI, aReason(), ['email_address']);
    expect(server.requests[0].headers['x-road-userid']).toBe('EE10000000001');
    expect(server.requests[1].headers).not.toHaveProperty('x-road-userid');
  });

  it('URL-encodes the scheme and value in the path', async () => {
    server.addPerson({ scheme: 'case id', value: 'A/1 ?', contact: { language: 'en' } });
    const result = await connector({ schemes: ['case id'] }).lookupContact({ scheme: 'case id', value: 'A/1 ?' }, aReason(), ['language']);
    expect(server.requests[0].path).toContain('/contacts/case%20id/A%2F1%20%3F?fields=language');
    expect(result.contact).toEqual({ language: 'en' });
  });

  it('keeps only the fields asked for, and never asks for a field the register does not hold', async () => {
    const result = await connector({ fields: ['email_address', 'language'] }).lookupContact(MARI, aReason(), ['email_address', 'phone_number']);
    expect(server.lookups[0].fields).toEqual(['email_address']);
    expect(result.contact).toEqual({ email_address: 'mari@example.ee' });
  });

  it('maps 404 to not_found and 403 to declined, each with the request hash', async () => {
    const missing = await connector().lookupContact({ scheme: 'personal_code', value: '49002010000' }, aReason(), ['email_address']);
    server.declinePurpose('marketing');
    const refused = await connector().lookupContact(MARI, aReason({ purpose: 'marketing' }), ['email_address']);
    expect(missing).toEqual({ outcome: 'not_found', contact: null, requestHash: server.requests[0].requestHash, detail: null });
    expect(refused).toEqual({ outcome: 'declined', contact: null, requestHash: server.requests[1].requestHash, detail: null });
  });

  it('maps an X-Road-Error header to unavailable, naming the error type only', async () => {
    server.failNext('x-road-error');
    const result = await connector().lookupContact(MARI, aReason(), ['email_address']);
    expect(result).toMatchObject({ outcome: 'unavailable', contact: null, detail: 'X-Road-Error Server.ServerProxy.ServiceFailed' });
    expect(result.requestHash).toBe(server.requests[0].requestHash);
  });

  it('maps a 500 and a timeout to unavailable without the identifier in the detail', async () => {
    server.failNext('error');
    const failed = await connector().lookupContact(MARI, aReason(), ['email_address']);
    server.failNext('timeout');
    const late = await connector({ timeout_ms: 200 }).lookupContact(MARI, aReason(), ['email_address']);
    expect(failed).toMatchObject({ outcome: 'unavailable', detail: 'HTTP 500' });
    expect(late).toMatchObject({ outcome: 'unavailable', detail: 'no answer within 200 ms' });
  });

  it('does not ask about a scheme the register does not answer', async () => {
    const result = await connector().lookupContact({ scheme: 'nino', value: 'QQ123456C' }, aReason(), ['email_address']);
    expect(result.outcome).toBe('not_found');
    expect(server.requests).toEqual([]);
  });

  it('R-OO-5: reports an undeliverable address to {service}/undeliverable with the X-Road headers', async () => {
    const messageId = randomUUID();
    await connector().reportUndeliverable(MARI, { field: 'email_address', messageId, purpose: 'tax-reminder', status: 'permanent-failure' });
    const [report] = server.reports;
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/r1/EE/GOV/70000002/population/person-contacts/undeliverable' });
    expect(report).toMatchObject({ shape: 'x-road', field: 'email_address', message_id: messageId, purpose: 'tax-reminder', status: 'permanent-failure' });
    expect(report.headers['x-road-client']).toBe('EE/GOV/70000001/herald');
    expect(report.headers['x-road-issue']).toBe(`tax-reminder:${messageId}`);
  });

  it('rejects an undeliverable report the security server did not accept', async () => {
    server.failNext('x-road-error');
    await expect(
      connector().reportUndeliverable(MARI, { field: 'email_address', messageId: randomUUID(), purpose: 'p', status: 'permanent-failure' }),
    ).rejects.toThrow('Register population refused the undeliverable report with HTTP 500');
  });
});
