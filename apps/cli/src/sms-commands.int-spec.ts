import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { HeraldConfig } from '@herald/config';
import { ServiceAdministration, SmsSenderAdministration } from '@herald/administration';
import { aSqliteTestConfig, aTestConfig, bearerFor, HeraldUnderTest, runHeraldCli, aTestMobile } from '@herald/testing';

const herald = runHeraldCli;

const json = async (config: HeraldConfig, ...args: string[]) => {
  const result = await herald(config, ...args, '--json');
  expect(result).toMatchObject({ code: 0, err: '' });
  return JSON.parse(result.out) as Record<string, unknown>;
};

describe('the herald CLI for text messages', () => {
  it('sets up a trial service that texts its team and guest list, then goes live, with nothing but CLI commands', async () => {
    const config = await aTestConfig();
    const service = String((await json(config, 'service', 'create', '--name', `CLI SMS ${Date.now()}`)).id);
    const user = String((await json(config, 'user', 'create', '--email', `sms-${Date.now()}@example.gov.uk`, '--name', 'Sam', '--mobile', '07700 900 456')).id);
    await json(config, 'team', 'add', '--service', service, '--user', user);
    const file = join(config.dataDir, 'sms.txt');
    writeFileSync(file, 'Your code is ((code))');
    const template = String((await json(config, 'template', 'create', '--service', service, '--type', 'sms', '--name', 'Code', '--content-file', file)).id);
    const inbound = aTestMobile();
    const sender = await json(config, 'sms-sender', 'add', '--service', service, '--sender', '07700900500', '--default', '--inbound-number', inbound);
    expect(sender).toEqual({ id: expect.any(String) });
    expect(await json(config, 'guest-list', 'add', '--service', service, '--recipient', '+44 7700 900 789')).toEqual({
      id: expect.any(String),
      recipient_type: 'mobile',
    });
    expect(await json(config, 'guest-list', 'add', '--service', service, '--recipient', 'Guest@Example.com')).toEqual({
      id: expect.any(String),
      recipient_type: 'email',
    });
    expect(await json(config, 'service', 'update', '--service', service, '--sms-prefix', 'on', '--contact-link', 'https://example.gov.uk/help')).toEqual({
      id: service,
      restricted: true,
      prefix_sms: true,
      contact_link: 'https://example.gov.uk/help',
      organisation: null,
    });
    const key = String((await json(config, 'api-key', 'create', '--service', service, '--name', 'Texts', '--type', 'normal')).key);

    const api = await HeraldUnderTest.start(config);
    try {
      const send = (phoneNumber: string) =>
        request(api.baseUrl)
          .post('/v2/notifications/sms')
          .set('Authorization', bearerFor(service, key.slice(-36)))
          .send({ phone_number: phoneNumber, template_id: template, personalisation: { code: '1234' } });
      const toTeam = await send('07700900456').expect(201);
      expect(toTeam.body.content).toEqual({ body: 'Your code is 1234', from_number: '447700900500' });
      await send('07700900789').expect(201);
      await send('07700900123').expect(400);
      expect(await json(config, 'service', 'update', '--service', service, '--live')).toMatchObject({ restricted: false, prefix_sms: true });
      await send('07700900123').expect(201);
      expect((await api.get(SmsSenderAdministration).list(service)).map((s) => s.inboundNumber)).toContain(inbound);
    } finally {
      await api.stop();
    }
  });

  it('puts a service back into trial mode and turns the prefix off, on the embedded SQLite database', async () => {
    const config = await aSqliteTestConfig();
    const service = String((await json(config, 'service', 'create', '--name', 'SQLite SMS', '--live')).id);
    await json(config, 'service', 'update', '--service', service, '--sms-prefix', 'on');
    expect(await json(config, 'service', 'update', '--service', service, '--trial', '--sms-prefix', 'off')).toMatchObject({
      restricted: true,
      prefix_sms: false,
    });
    const api = await HeraldUnderTest.start(config);
    try {
      expect(await api.get(ServiceAdministration).find(service)).toMatchObject({ restricted: true, prefixSms: false });
    } finally {
      await api.stop();
    }
  });

  describe('refuses, exiting 1 with a reason', () => {
    let config: HeraldConfig;
    let service: string;
    beforeAll(async () => {
      config = await aTestConfig();
      service = String((await json(config, 'service', 'create', '--name', `CLI SMS errors ${Date.now()}`)).id);
    });

    it.each([
      [['sms-sender', 'add', '--sender', 'Much too long a name'], '--sender: Text message sender must be up to 11 letters and numbers, or a phone number'],
      [['sms-sender', 'add', '--sender', 'OK', '--inbound-number', '12ab'], '--inbound-number: Must not contain letters or symbols'],
      [['guest-list', 'add', '--recipient', 'nobody'], '--recipient: Mobile number 1: Must not contain letters or symbols'],
      [['guest-list', 'add', '--recipient', 'no@body'], '--recipient: Email address 1 must be in the correct format, like name@example.gov.uk'],
      [['service', 'update'], 'Nothing to change: give --contact-link, --organisation, --live, --trial or --sms-prefix'],
    ])('%p', async (args, message) => {
      const result = await herald(config, ...args, '--service', service);
      expect(result).toEqual({ code: 1, out: '', err: `herald: ${message}\n` });
    });

    it('a second service claiming an inbound number', async () => {
      const inbound = aTestMobile();
      await json(config, 'sms-sender', 'add', '--service', service, '--sender', 'FIRST', '--inbound-number', inbound);
      const other = String((await json(config, 'service', 'create', '--name', `CLI SMS other ${Date.now()}`)).id);
      const result = await herald(config, 'sms-sender', 'add', '--service', other, '--sender', 'SECOND', '--inbound-number', `+44${inbound.slice(1)}`);
      expect(result).toMatchObject({ code: 1, err: `herald: --inbound-number: +44${inbound.slice(1)} already belongs to a service\n` });
    });

    it('both --live and --trial', async () => {
      expect(await herald(config, 'service', 'update', '--service', service, '--live', '--trial')).toEqual({
        code: 1,
        out: '',
        err: 'herald: Give --live or --trial, not both\n',
      });
    });

    it('a user whose mobile number is not a phone number', async () => {
      const result = await herald(config, 'user', 'create', '--email', `m-${Date.now()}@example.gov.uk`, '--name', 'M', '--mobile', 'call me');
      expect(result).toEqual({ code: 1, out: '', err: 'herald: --mobile: Must not contain letters or symbols\n' });
    });

    it('an unknown service', async () => {
      const result = await herald(config, 'sms-sender', 'add', '--service', '00000000-0000-0000-0000-000000000000', '--sender', 'X1');
      expect(result).toEqual({ code: 1, out: '', err: 'herald: Service 00000000-0000-0000-0000-000000000000 not found\n' });
    });
  });
});
