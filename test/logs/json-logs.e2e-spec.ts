import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigSource, loadConfig, loadTestSettings } from '@herald/config';
import { aTestDatabaseUrl, bearerFor, LoopbackSmtp, LoopbackTwilio, notifyToken, openPersistence, Scenario, TestApiKey } from '@herald/testing';
import { freePort } from '../fault/support/free-port';
import { LoggedProcess, PrintedLine } from './support/logged-process';

const MINUTE = 60_000;

/** What a department sends that must never reach a log line. */
const PERSON = {
  email: 'ada.lovelace@example.org',
  phone: '07700 900 123',
  name: 'Augusta Ada King-Noel',
  contactEmail: 'countess.personal@example.net',
  contactPhone: '+44 7700 900456',
  address: '12 Analytical Row, London SW1A 2AA',
  reference: 'Lovelace family file',
};
/** The same phone numbers as a provider or a log might write them. */
const PHONE_SPELLINGS = ['07700 900 123', '07700900123', '447700900123', '7700900123', '+44 7700 900456', '447700900456', '7700900456'];
const CALLER_REQUEST_ID = 'lb-trace-4f1c2a9e7b3d';

/**
 * Issue 14, point 8. The API and a worker, each in a process of its own with LOG_FORMAT=json (at
 * the most talkative level), take an email and a text full of personal data, a forged token and
 * a whole API key pasted into the Authorization header, and hand the messages to loopback SMTP
 * and Twilio. Everything they print is then read as a log collector would.
 */
describe('JSON logs: one request id from the API to the provider, and nothing personal', () => {
  const smtp = new LoopbackSmtp();
  const twilio = new LoopbackTwilio();
  let persistence: INestApplicationContext;
  let api: LoggedProcess;
  let worker: LoggedProcess;
  let apiUrl: string;
  let key: TestApiKey;
  let printed: { api: PrintedLine[]; worker: PrintedLine[] };
  const tokens: string[] = [];
  const sent = { email: { id: '', requestId: '' }, sms: { id: '', requestId: '' }, refused: [] as Array<{ status: number; requestId: string }> };

  beforeAll(async () => {
    await smtp.start();
    await twilio.start();
    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    const settings: ConfigSource = {
      DATABASE_URL: await aTestDatabaseUrl(),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'herald-logs-')),
      REDIS_URL: loadTestSettings().redisUrl,
      QUEUE_PREFIX: `{herald-logs-${randomBytes(4).toString('hex')}}`,
      ENCRYPTION_KEY: 'c'.repeat(64),
      API_PORT: String(apiPort),
      API_HOST: '127.0.0.1',
      API_BASE_URL: apiUrl,
      WORKER_PORT: '0',
      WORKER_HOST: '127.0.0.1',
      SMTP_URL: smtp.url,
      ...twilio.configFor(),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'verbose',
    };
    persistence = await openPersistence(loadConfig(settings));
    const scenario = new Scenario(persistence);
    const service = await scenario.aService();
    key = await scenario.anApiKey(service.id);
    const emailTemplate = await scenario.anEmailTemplate(service.id, { subject: 'Hello ((name))', content: 'We will write to ((address)) or ((contact)).' });
    const smsTemplate = await scenario.aTemplateOfType(service.id, 'sms', 'Hello ((name)), call us back from ((contact)).');

    api = new LoggedProcess('api', settings).start();
    worker = new LoggedProcess('worker', settings).start();
    await api.waitForLine('API listening on', 3 * MINUTE);
    await worker.waitForLine('Worker started', 3 * MINUTE);

    const email = await send('email', {
      email_address: PERSON.email,
      template_id: emailTemplate.id,
      personalisation: { name: PERSON.name, address: PERSON.address, contact: PERSON.contactEmail },
      reference: PERSON.reference,
    });
    const sms = await send(
      'sms',
      {
        phone_number: PERSON.phone,
        template_id: smsTemplate.id,
        personalisation: { name: PERSON.name, contact: PERSON.contactPhone },
        reference: PERSON.reference,
      },
      { 'X-Request-Id': CALLER_REQUEST_ID },
    );
    sent.email = { id: email.id, requestId: email.requestId };
    sent.sms = { id: sms.id, requestId: sms.requestId };
    const forged = `Bearer ${notifyToken(randomBytes(18).toString('hex'), { iss: key.serviceId, iat: Math.round(Date.now() / 1000) })}`;
    tokens.push(forged);
    for (const authorization of [forged, key.key, `Bearer ${key.key}`]) {
      // An id that is someone's address is not taken as the request id.
      const refused = await fetch(`${apiUrl}/v2/notifications/email`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json', 'X-Request-Id': PERSON.email },
        body: JSON.stringify({ email_address: PERSON.email, template_id: emailTemplate.id, personalisation: { name: PERSON.name } }),
      });
      sent.refused.push({ status: refused.status, requestId: refused.headers.get('x-request-id') ?? '' });
    }

    await smtp.waitForMessageTo(PERSON.email, 2 * MINUTE);
    await twilio.waitForMessageTo('+447700900123', 2 * MINUTE);
    await worker.waitForLine(`Notification ${email.id} handed to`, 2 * MINUTE);
    await worker.waitForLine(`Notification ${sms.id} handed to`, 2 * MINUTE);
    await Promise.all([api.stop(), worker.stop()]);
    printed = { api: api.lines(), worker: worker.lines() };
  }, 10 * MINUTE);

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await persistence?.close();
    await smtp.stop();
    await twilio.stop();
  });

  async function send(channel: 'email' | 'sms', body: object, headers: Record<string, string> = {}): Promise<{ id: string; requestId: string }> {
    const authorization = bearerFor(key.serviceId, key.secret);
    tokens.push(authorization);
    const response = await fetch(`${apiUrl}/v2/notifications/${channel}`, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST /v2/notifications/${channel} answered ${response.status}: ${await response.text()}`);
    return { id: ((await response.json()) as { id: string }).id, requestId: response.headers.get('x-request-id') ?? '' };
  }

  const withRequestId = (lines: PrintedLine[], requestId: string) =>
    lines.filter((line) => line.json?.requestId === requestId).map((line) => String(line.json?.msg));

  it('prints nothing but JSON objects, each with its level, time and app', () => {
    for (const [app, lines] of Object.entries(printed)) {
      expect(lines.length).toBeGreaterThan(10);
      expect(lines.filter((line) => line.json === null).map((line) => line.text)).toEqual([]);
      for (const { json } of lines) expect(json).toMatchObject({ level: expect.any(String) as unknown, time: expect.any(String) as unknown, app });
    }
  });

  it("answers each request with its id: a new one, or the caller's own when it is well formed", () => {
    expect(sent.email.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(sent.sms.requestId).toBe(CALLER_REQUEST_ID);
    // Notify's answers: a forged token 403, no bearer scheme 401, a key where a token belongs 403.
    expect(sent.refused.map(({ status }) => status)).toEqual([403, 401, 403]);
    for (const { requestId } of sent.refused) expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("carries the email's request id from the API's line to the worker's line for the provider", () => {
    expect(withRequestId(printed.api, sent.email.requestId)).toEqual([expect.stringMatching(/^POST \/v2\/notifications\/email 201 \d+ ms$/)]);
    expect(withRequestId(printed.worker, sent.email.requestId)).toContainEqual(
      expect.stringMatching(new RegExp(`^Notification ${sent.email.id} handed to smtp `)),
    );
  });

  it("carries the caller's request id for the text from the API to the worker's line for Twilio", () => {
    expect(withRequestId(printed.api, CALLER_REQUEST_ID)).toEqual([expect.stringMatching(/^POST \/v2\/notifications\/sms 201 \d+ ms$/)]);
    expect(withRequestId(printed.worker, CALLER_REQUEST_ID)).toContainEqual(
      expect.stringMatching(new RegExp(`^Notification ${sent.sms.id} handed to twilio `)),
    );
  });

  it('logs each refused request under its own id, with its status', () => {
    for (const { status, requestId } of sent.refused) {
      expect(withRequestId(printed.api, requestId)).toEqual([expect.stringMatching(new RegExp(`^POST /v2/notifications/email ${status} \\d+ ms$`))]);
    }
  });

  it('never prints a recipient, personalisation, the reference, the API key, its secret or a token', () => {
    const everything = [api.output, worker.output].join('\n');
    const personal = [PERSON.email, PERSON.name, PERSON.contactEmail, PERSON.address, 'Analytical Row', 'SW1A 2AA', PERSON.reference, ...PHONE_SPELLINGS];
    const secrets = [key.key, key.secret, ...tokens.map((token) => token.replace(/^Bearer /, ''))];
    expect([...personal, ...secrets].filter((value) => everything.includes(value))).toEqual([]);
  });
});
