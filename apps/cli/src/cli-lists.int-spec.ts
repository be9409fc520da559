import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { aSqliteTestConfig, aTestConfig, bearerFor, eventually, HeraldUnderTest, runHeraldCli, aTestMobile, heraldJson } from '@herald/testing';

const herald = runHeraldCli;
const json = heraldJson;

describe.each([
  ['SQLite', aSqliteTestConfig],
  ['PostgreSQL', aTestConfig],
])('herald lists and archives on %s', (_db, aConfig) => {
  it('lists services, templates (archived ones only with --archived) and API keys, never printing a secret', async () => {
    const config = await aConfig();
    const name = `Lists ${randomUUID().slice(0, 8)}`;
    const service = String((await json(config, 'service', 'create', '--name', name)).id);
    expect((await json(config, 'service', 'list')).services).toEqual(expect.arrayContaining([{ id: service, name, live: false }]));
    expect((await herald(config, 'service', 'list')).out).toContain(`${service}  ${name}  trial\n`);

    const file = join(config.dataDir, 'sms.txt');
    writeFileSync(file, 'Hello');
    const kept = String((await json(config, 'template', 'create', '--service', service, '--type', 'sms', '--name', 'Kept', '--content-file', file)).id);
    const gone = String((await json(config, 'template', 'create', '--service', service, '--type', 'sms', '--name', 'Gone', '--content-file', file)).id);
    expect(await json(config, 'template', 'archive', '--service', service, '--id', gone)).toEqual({ id: gone, archived: true });
    expect((await json(config, 'template', 'list', '--service', service)).templates).toEqual([
      { id: kept, name: 'Kept', type: 'sms', version: 1, archived: false },
    ]);
    expect((await json(config, 'template', 'list', '--service', service, '--archived')).templates).toEqual([
      { id: gone, name: 'Gone', type: 'sms', version: 2, archived: true },
      { id: kept, name: 'Kept', type: 'sms', version: 1, archived: false },
    ]);
    expect((await herald(config, 'template', 'list', '--service', service)).out).toBe(`${kept}  Kept  sms  version 1\n`);

    const key = String((await json(config, 'api-key', 'create', '--service', service, '--name', 'Back office', '--type', 'team')).key);
    const secret = key.slice(-36);
    const listed = await herald(config, 'api-key', 'list', '--service', service, '--json');
    expect(JSON.parse(listed.out).api_keys).toEqual([
      { id: expect.any(String), name: 'Back office', type: 'team', created_at: expect.any(String), revoked_at: null },
    ]);
    const lines = await herald(config, 'api-key', 'list', '--service', service);
    expect(lines.out).toMatch(/^[0-9a-f-]{36} {2}Back office {2}team {2}created \S+\n$/);
    expect(`${listed.out}${lines.out}`).not.toContain(secret);
  });
});

describe('herald inbound-sms receive', () => {
  it('stores a text as the Twilio webhook would: the API lists it', async () => {
    const config = await aTestConfig();
    const service = String((await json(config, 'service', 'create', '--name', `Inbound ${randomUUID().slice(0, 8)}`)).id);
    await json(config, 'sms-sender', 'add', '--service', service, '--sender', 'GOVUK', '--inbound-number', aTestMobile());
    const key = String((await json(config, 'api-key', 'create', '--service', service, '--name', 'k', '--type', 'normal')).key);
    const stored = await json(config, 'inbound-sms', 'receive', '--service', service, '--from', '07700 900 111', '--content', 'Yes please');
    const api = await HeraldUnderTest.start(config);
    try {
      const listed = await request(api.baseUrl)
        .get('/v2/received-text-messages')
        .set('Authorization', bearerFor(service, key.slice(-36)))
        .expect(200);
      expect(listed.body.received_text_messages).toEqual([
        expect.objectContaining({ id: stored.id, service_id: service, user_number: '447700900111', content: 'Yes please' }),
      ]);
    } finally {
      await api.stop();
    }
  });

  it('is refused with NODE_ENV=production', async () => {
    const config = await aSqliteTestConfig({ NODE_ENV: 'production', ENCRYPTION_KEY: 'ab'.repeat(32) });
    const result = await herald(config, 'inbound-sms', 'receive', '--service', randomUUID(), '--from', '07700900111', '--content', 'x', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).error).toEqual({ code: 'refused', message: expect.stringContaining('refused with NODE_ENV=production') });
  });
});

describe('herald letters print-now', () => {
  it('sends the rendered letters to print at once, into the outbox', async () => {
    const config = await aSqliteTestConfig();
    const service = String((await json(config, 'service', 'create', '--name', 'Letters now', '--live')).id);
    const key = String((await json(config, 'api-key', 'create', '--service', service, '--name', 'k', '--type', 'normal')).key);
    const file = join(config.dataDir, 'letter.md');
    writeFileSync(file, 'Dear ((name))');
    const template = String(
      (await json(config, 'template', 'create', '--service', service, '--type', 'letter', '--name', 'L', '--subject', 'Your claim', '--content-file', file)).id,
    );
    const running = await HeraldUnderTest.start(config, { worker: true });
    try {
      const auth = bearerFor(service, key.slice(-36));
      const sent = await request(running.baseUrl)
        .post('/v2/notifications/letter')
        .set('Authorization', auth)
        .send({
          template_id: template,
          personalisation: { name: 'Jo', address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'Leeds', postcode: 'LS1 1AA' },
        })
        .expect(201);
      const id = String(sent.body.id);
      await eventually(async () => expect((await request(running.baseUrl).get(`/v2/notifications/${id}/pdf`).set('Authorization', auth)).status).toBe(200));
      const printed = await json(config, 'letters', 'print-now');
      expect(printed).toMatchObject({ letters: 1, destination: join(config.outboxDir, 'letter') });
      expect(existsSync(join(config.outboxDir, 'letter', `${id}.pdf`))).toBe(true);
      expect(readdirSync(join(config.outboxDir, 'letter')).filter((f) => f.endsWith('.manifest.csv'))).toHaveLength(1);
      expect((await herald(config, 'letters', 'print-now')).out).toBe('No letters are waiting to be printed\n');
    } finally {
      await running.stop();
    }
  });
});
