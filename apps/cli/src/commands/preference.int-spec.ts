import { randomUUID } from 'node:crypto';
import { HeraldConfig } from '@herald/config';
import { aTestConfig, heraldJson, runHeraldCli } from '@herald/testing';

/** `herald preference set|show`: assisted changes through PreferenceAdministration, as the admin records them. */
describe('herald preference', () => {
  let config: HeraldConfig;
  let serviceId: string;
  let staffEmail: string;

  beforeAll(async () => {
    config = await aTestConfig();
    const suffix = randomUUID().slice(0, 8);
    serviceId = String((await heraldJson(config, 'service', 'create', '--name', `Preferences ${suffix}`)).id);
    staffEmail = `counter-${suffix}@example.gov.uk`;
    const staff = await heraldJson(config, 'user', 'create', '--email', staffEmail, '--name', 'Counter Staff');
    await heraldJson(config, 'team', 'add', '--service', serviceId, '--user', String(staff.id));
  });

  const aPerson = () => `citizen-${randomUUID().slice(0, 8)}@example.org`;

  it('R-PR-1: set records an assisted change by the staff member given with --by; show --json gives both layers and the history', async () => {
    const email = aPerson();
    const global = await heraldJson(
      config,
      'preference',
      'set',
      '--service',
      serviceId,
      '--email',
      email,
      '--sms',
      'off',
      '--language',
      'cy',
      '--format-needs',
      'large_print',
      '--by',
      staffEmail,
    );
    expect(global).toMatchObject({
      recipient: 'c•••@example.org',
      global: { channels: { sms: false }, language: 'cy', format_needs: ['large_print'], paper_only: false },
      service: null,
    });
    expect(JSON.stringify(global)).not.toContain(email);
    await heraldJson(config, 'preference', 'set', '--service', serviceId, '--email', email, '--sms', 'on', '--mute', 'optional', '--by', staffEmail);

    const shown = await heraldJson(config, 'preference', 'show', '--service', serviceId, '--email', email.toUpperCase());
    expect(shown.service).toEqual({ channels: { sms: true }, muted_kinds: ['optional'] });
    const history = shown.history as Array<Record<string, unknown>>;
    expect(history).toHaveLength(5);
    expect(history.every((h) => h.source === 'assisted' && h.recorded_by === 'Counter Staff')).toBe(true);
    expect(history.find((h) => h.field === 'channels.sms' && h.scope === 'service')).toMatchObject({ old_value: null, new_value: true });
  });

  it('R-PR-3: refuses to mute statutory messages, and a --by who is not in the team', async () => {
    const statutory = await runHeraldCli(config, 'preference', 'set', '--service', serviceId, '--email', aPerson(), '--mute', 'statutory', '--json');
    expect(statutory.code).toBe(1);
    expect(JSON.parse(statutory.out)).toEqual({ error: { code: 'invalid', message: 'Statutory messages cannot be muted' } });
    const outsider = await runHeraldCli(
      config,
      'preference',
      'set',
      '--service',
      serviceId,
      '--email',
      aPerson(),
      '--sms',
      'off',
      '--by',
      'nobody@example.gov.uk',
      '--json',
    );
    expect(JSON.parse(outsider.out).error).toEqual({
      code: 'invalid',
      message: 'nobody@example.gov.uk is not in this service’s team with the Send messages permission',
    });
  });

  it('R-PR-1: show needs exactly one of --email and --phone, and says when nothing is recorded', async () => {
    const neither = await runHeraldCli(config, 'preference', 'show', '--service', serviceId, '--json');
    expect(JSON.parse(neither.out)).toEqual({ error: { code: 'usage', message: 'Give one of --email and --phone' } });
    const unknown = await runHeraldCli(config, 'preference', 'show', '--service', serviceId, '--phone', '07700 900456');
    expect(unknown).toMatchObject({ code: 0, err: '' });
    expect(unknown.out).toContain('every service: nothing recorded');
  });
});
