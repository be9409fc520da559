import { randomUUID } from 'node:crypto';
import { Administration, openAdministration } from '@herald/administration';
import type { HeraldConfig } from '@herald/config';
import { aTestConfig, heraldJson, runHeraldCli } from '@herald/testing';

/** R-TR-1, R-TR-3: the organisation a service sends for, set and cleared from the CLI, each change audited. */
describe('a service’s organisation from the CLI', () => {
  let config: HeraldConfig;
  let administration: Administration;

  beforeAll(async () => {
    config = await aTestConfig();
    administration = await openAdministration(config);
  });

  afterAll(() => administration?.close());

  const aService = async (...extra: string[]) =>
    String((await heraldJson(config, 'service', 'create', '--name', `Organised ${randomUUID().slice(0, 8)}`, ...extra)).id);
  const lastUpdate = async (serviceId: string) => (await administration.auditLog.list({ serviceId, action: 'service.updated', limit: 1 }))[0];

  it('R-TR-1: `service create --organisation` records the organisation, trimmed', async () => {
    const serviceId = await aService('--organisation', '  Department for Transport ');
    expect((await administration.services.find(serviceId)).organisation).toBe('Department for Transport');
    const [created] = await administration.auditLog.list({ serviceId, action: 'service.created', limit: 1 });
    expect(created.details).toMatchObject({ organisation: 'Department for Transport' });
  });

  it('R-TR-1: `service update --organisation` sets it and an empty string clears it, each with an audit record', async () => {
    const serviceId = await aService();
    expect((await administration.services.find(serviceId)).organisation).toBeNull();

    const set = await heraldJson(config, 'service', 'update', '--service', serviceId, '--organisation', 'Riverside Council');
    expect(set).toMatchObject({ id: serviceId, organisation: 'Riverside Council' });
    expect((await administration.services.find(serviceId)).organisation).toBe('Riverside Council');
    expect((await lastUpdate(serviceId)).details).toEqual({ changed: ['organisation'], organisation: { from: null, to: 'Riverside Council' } });

    const cleared = await heraldJson(config, 'service', 'update', '--service', serviceId, '--organisation', '');
    expect(cleared).toMatchObject({ id: serviceId, organisation: null });
    expect((await administration.services.find(serviceId)).organisation).toBeNull();
    expect((await lastUpdate(serviceId)).details).toEqual({ changed: ['organisation'], organisation: { from: 'Riverside Council', to: null } });
  });

  it('R-TR-1: refuses an organisation over 255 characters and changes nothing', async () => {
    const serviceId = await aService('--organisation', 'Kept');
    const refused = await runHeraldCli(config, 'service', 'update', '--service', serviceId, '--organisation', 'x'.repeat(256));
    expect(refused).toEqual({ code: 1, out: '', err: 'herald: Organisation must be 255 characters or fewer\n' });
    expect((await administration.services.find(serviceId)).organisation).toBe('Kept');
  });
});
