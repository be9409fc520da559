import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeraldConfig } from '@herald/config';
import { aTestConfig, heraldJson, runHeraldCli } from '@herald/testing';

const ADDRESS = ['Jo Bloggs', '1 High Street', 'Cardiff', 'CF10 1AA'];

/** `herald message send|show`: MessageAcceptor through MessageAdministration, as `POST /herald/v1/messages` accepts a message. */
describe('herald message', () => {
  let config: HeraldConfig;
  let serviceId: string;
  let setId: string;
  const file = (name: string, text: string) => {
    const path = join(config.dataDir, `${randomUUID().slice(0, 8)}-${name}`);
    writeFileSync(path, text);
    return path;
  };
  const aPerson = () => `jo-${randomUUID().slice(0, 8)}@example.org`;

  beforeAll(async () => {
    config = await aTestConfig();
    serviceId = String((await heraldJson(config, 'service', 'create', '--name', `Messages ${randomUUID().slice(0, 8)}`, '--live')).id);
    const body = 'Hello ((name)), your reference is ((ref)).';
    const variants = [`email:en:${file('email.md', `Subject: Your appointment\n\n${body}\n`)}`, `sms:en:${file('sms.txt', body)}`];
    variants.push(`letter:en:${file('letter.md', `Subject: Your appointment\n\n${body}\n`)}`);
    const created = await heraldJson(
      config,
      'template-set',
      'create',
      '--service',
      serviceId,
      '--name',
      'Appointment',
      '--kind',
      'service',
      '--label',
      'Your appointment',
      ...variants.flatMap((v) => ['--variant', v]),
    );
    setId = String(created.id);
    await heraldJson(config, 'template-set', 'publish', '--service', serviceId, '--set', setId);
  });

  const send = (...args: string[]) => runHeraldCli(config, 'message', 'send', '--service', serviceId, '--set', setId, ...args);
  const everyChannel = (email: string) => ['--email', email, '--phone', '07700 900456', ...ADDRESS.flatMap((line) => ['--address-line', line])];
  const personalisation = ['--personalisation', 'name=Jo', '--personalisation', 'ref=A=1'];

  it('R-API-1: send accepts a message and prints it as the API’s 201 does, with a decision and a reason per channel; show gives it back', async () => {
    const sent = await send(
      ...everyChannel(aPerson()),
      '--method',
      'first_success',
      '--channels',
      'email,sms,letter',
      '--fallback-after',
      'email=PT1H',
      ...personalisation,
      '--reference',
      'cli-1',
      '--json',
    );
    expect(sent).toMatchObject({ code: 0, err: '' });
    const message = JSON.parse(sent.out) as { id: string; route_plan: unknown[] };
    expect(message).toMatchObject({
      status: 'created',
      reference: 'cli-1',
      delivered_via: null,
      routing: { method: 'first_success', channels: ['email', 'sms', 'letter'], fallback_after: { email: 'PT1H' } },
      attempts: [],
    });
    expect(message.route_plan).toEqual(
      ['email', 'sms', 'letter'].map((channel) =>
        expect.objectContaining({ channel, decision: 'pending', reason: 'permitted', decided_by: 'service_default' }),
      ),
    );

    const shown = await heraldJson(config, 'message', 'show', '--service', serviceId, '--message', message.id);
    expect(shown).toEqual({ ...message, updated_at: shown.updated_at });
  });

  it('R-PR-4: the route plan printed says which layer of the person’s choices skipped a channel', async () => {
    const email = aPerson();
    await heraldJson(config, 'preference', 'set', '--service', serviceId, '--email', email, '--email-channel', 'off');
    const sent = await send(...everyChannel(email), '--method', 'first_success', '--channels', 'email,sms', ...personalisation);
    expect(sent).toMatchObject({ code: 0, err: '' });
    const [firstLine, ...plan] = sent.out.trim().split('\n');
    expect(firstLine).toMatch(/^Accepted message [0-9a-f-]{36}: created$/);
    expect(plan).toEqual([
      '  route plan:',
      expect.stringMatching(/^ {4}1\. email +skipped +recipient_channel_off \(decided by citizen_global\), language en$/),
      expect.stringMatching(/^ {4}2\. sms +pending +permitted \(decided by service_default\), language en$/),
    ]);
  });

  it('R-API-3: refuses a channel the person cannot be reached on and a variant the personalisation cannot fill, printing each problem', async () => {
    const values = file('personalisation.json', JSON.stringify({ name: 'Jo' }));
    const refused = await send('--email', aPerson(), '--method', 'all', '--channels', 'email,letter', '--personalisation-file', values, '--json');
    expect(refused.code).toBe(1);
    const { error } = JSON.parse(refused.out) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid');
    expect(error.message.split('; ')).toEqual(['letter: no postal address and no identifier', expect.stringMatching(/^email: .*ref/)]);
  });

  it('R-API-1: refuses a fallback window that is not an ISO 8601 duration, naming the option', async () => {
    const refused = await send(
      '--email',
      aPerson(),
      '--method',
      'first_success',
      '--channels',
      'email',
      '--fallback-after',
      'email=1h',
      ...personalisation,
      '--json',
    );
    expect(JSON.parse(refused.out)).toEqual({
      error: { code: 'invalid', message: '--fallback-after: routing.fallback_after.email is not an ISO 8601 duration (for example PT1H or P2D)' },
    });
  });

  it('R-API-1: --method is required, with no default', async () => {
    const refused = await send('--email', aPerson(), '--channels', 'email', ...personalisation, '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toEqual({ error: { code: 'usage', message: "required option '--method <method>' not specified" } });
  });

  it('R-API-6: show prints the status, route plan and attempts for people', async () => {
    const sent = JSON.parse((await send('--phone', '07700 900123', '--method', 'first_success', '--channels', 'sms', ...personalisation, '--json')).out) as {
      id: string;
    };
    const shown = await runHeraldCli(config, 'message', 'show', '--service', serviceId, '--message', sent.id);
    expect(shown).toMatchObject({ code: 0, err: '' });
    expect(shown.out.trim().split('\n')).toEqual([
      `Message ${sent.id}: created`,
      `  first_success, template set ${setId} version 1`,
      '  route plan:',
      expect.stringMatching(/^ {4}1\. sms +pending +permitted \(decided by service_default\), language en$/),
      '  attempts:',
      '    none yet',
    ]);
  });

  it('does not show another service’s message', async () => {
    const sent = JSON.parse((await send('--phone', '07700 900124', '--method', 'all', '--channels', 'sms', ...personalisation, '--json')).out) as {
      id: string;
    };
    const otherService = String((await heraldJson(config, 'service', 'create', '--name', `Other ${randomUUID().slice(0, 8)}`)).id);
    const refused = await runHeraldCli(config, 'message', 'show', '--service', otherService, '--message', sent.id, '--json');
    expect(JSON.parse(refused.out)).toEqual({ error: { code: 'not_found', message: `Message ${sent.id} not found` } });
  });
});
