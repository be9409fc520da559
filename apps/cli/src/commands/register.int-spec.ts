import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeraldConfig } from '@herald/config';
import { aTestConfig, heraldJson, runHeraldCli } from '@herald/testing';

/** `herald register add|list|grant|revoke|purposes`: RegisterAdministration, as the admin's Registers page uses it. */
describe('herald register', () => {
  let config: HeraldConfig;
  let serviceId: string;
  let register: string;

  const settingsFile = (settings: unknown, text = JSON.stringify(settings)): string => {
    const file = join(config.dataDir, `register-${randomUUID().slice(0, 8)}.json`);
    writeFileSync(file, text);
    return file;
  };

  beforeAll(async () => {
    config = await aTestConfig();
    serviceId = String((await heraldJson(config, 'service', 'create', '--name', `Registers ${randomUUID().slice(0, 8)}`)).id);
    register = `dwp-${randomUUID().slice(0, 8)}`;
  });

  it('adds a register from a settings file and lists it with its token redacted', async () => {
    const settings = { url: 'https://register.example.gov', token: 'secret-register-token', schemes: ['nino'] };
    const added = await heraldJson(config, 'register', 'add', '--name', register, '--adapter', 'https-json', '--settings-file', settingsFile(settings));
    expect(added).toEqual({ name: register, adapter: 'https-json', settings: { ...settings, token: '(set, not shown)' } });
    const listed = (await heraldJson(config, 'register', 'list')).registers as Array<Record<string, unknown>>;
    expect(listed.find((r) => r.name === register)).toMatchObject({ adapter: 'https-json', settings: { token: '(set, not shown)' }, grants: [] });
    expect(JSON.stringify(listed)).not.toContain('secret-register-token');
  });

  it('refuses settings the adapter cannot use, naming the setting', async () => {
    const file = settingsFile({ url: 'http://register.example.gov', schemes: ['nino'] });
    const result = await runHeraldCli(
      config,
      'register',
      'add',
      '--name',
      `bad-${randomUUID().slice(0, 8)}`,
      '--adapter',
      'https-json',
      '--settings-file',
      file,
      '--json',
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).error).toMatchObject({ code: 'invalid', message: expect.stringContaining("'url' must use https://") });
    const broken = await runHeraldCli(
      config,
      'register',
      'add',
      '--name',
      'x',
      '--adapter',
      'fake',
      '--settings-file',
      settingsFile(null, '{ not json'),
      '--json',
    );
    expect(JSON.parse(broken.out).error).toMatchObject({ code: 'invalid', message: expect.stringContaining('is not valid JSON') });
  });

  it('grants a purpose with its citizen label, lists it for the service, and revokes it', async () => {
    const granted = await heraldJson(
      config,
      'register',
      'grant',
      '--service',
      serviceId,
      '--register',
      register,
      '--purpose',
      'benefit-letter',
      '--label',
      'To send you letters about your benefit',
      '--report-undeliverable',
    );
    expect(granted).toMatchObject({
      service_id: serviceId,
      register,
      purpose: 'benefit-letter',
      citizen_label: 'To send you letters about your benefit',
      report_undeliverable: true,
    });
    expect((await heraldJson(config, 'register', 'purposes', '--service', serviceId)).purposes).toEqual([granted]);
    await heraldJson(config, 'register', 'revoke', '--service', serviceId, '--register', register, '--purpose', 'benefit-letter');
    expect((await heraldJson(config, 'register', 'purposes', '--service', serviceId)).purposes).toEqual([]);
  });

  it('says not found for a grant on a register that does not exist, and for revoking a grant there is not', async () => {
    const grant = await runHeraldCli(
      config,
      'register',
      'grant',
      '--service',
      serviceId,
      '--register',
      'no-such-register',
      '--purpose',
      'p',
      '--label',
      'Words',
      '--json',
    );
    expect(JSON.parse(grant.out).error).toEqual({ code: 'not_found', message: 'Register no-such-register not found' });
    const revoke = await runHeraldCli(config, 'register', 'revoke', '--service', serviceId, '--register', register, '--purpose', 'never-granted', '--json');
    expect(JSON.parse(revoke.out).error.code).toBe('not_found');
  });
});
