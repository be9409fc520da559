import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { RegisterRepository } from './register.repository';
import { ServiceRegisterPurposeRepository } from './service-register-purpose.repository';
import { ServiceRepository } from './service.repository';

describe.each(BOTH_DATABASES)('registers and the purposes services may use them for, on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let registers: RegisterRepository;
  let grants: ServiceRegisterPurposeRepository;
  let serviceId: string;
  let otherServiceId: string;
  let register: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    registers = app.get(RegisterRepository);
    grants = app.get(ServiceRegisterPurposeRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Registers ${randomUUID()}`, restricted: false })).id;
    otherServiceId = (await app.get(ServiceRepository).create({ name: `Registers other ${randomUUID()}`, restricted: false })).id;
    register = `population-${randomUUID().slice(0, 8)}`;
    await registers.save({ name: register, adapter: 'fake', settings: { schemes: ['nino'], people: [] } });
  });
  afterAll(() => app.close());

  const aGrant = (overrides: Partial<Parameters<ServiceRegisterPurposeRepository['grant']>[0]> = {}) => ({
    serviceId,
    register,
    purpose: 'benefit-letter',
    citizenLabel: 'To send you letters about your benefit',
    reportUndeliverable: false,
    ...overrides,
  });

  it('keeps a register’s settings encrypted at rest: the token is not in the column', async () => {
    const name = `dwp-${randomUUID().slice(0, 8)}`;
    const settings = { url: 'https://register.example.gov', token: 'tok-very-secret-123', schemes: ['nino'] };
    await registers.save({ name, adapter: 'https-json', settings });
    const [row] = await app.get(DataSource).query(`SELECT settings FROM registers WHERE name = '${name}'`);
    expect(row.settings).not.toContain('tok-very-secret-123');
    expect(row.settings).not.toContain('register.example.gov');
    expect(await registers.find(name)).toMatchObject({ name, adapter: 'https-json', settings, updatedAt: null });
  });

  it('replaces the adapter and settings of a register saved again, keeping when it was added', async () => {
    const name = `rr-${randomUUID().slice(0, 8)}`;
    const first = await registers.save({ name, adapter: 'fake', settings: { schemes: ['a'], people: [] } }, new Date('2026-12-01T10:00:00Z'));
    await registers.save({ name, adapter: 'https-json', settings: { url: 'https://rr.example.gov', schemes: ['a'] } }, new Date('2026-12-02T10:00:00Z'));
    const stored = await registers.find(name);
    expect(stored).toEqual({
      name,
      adapter: 'https-json',
      settings: { url: 'https://rr.example.gov', schemes: ['a'] },
      createdAt: first.createdAt,
      updatedAt: new Date('2026-12-02T10:00:00Z'),
    });
    expect((await registers.list()).filter((r) => r.name === name)).toHaveLength(1);
  });

  it('finds nothing for an unknown register, and lists registers by name', async () => {
    const suffix = randomUUID().slice(0, 8);
    for (const name of [`zz-list-${suffix}`, `aa-list-${suffix}`]) await registers.save({ name, adapter: 'fake', settings: { schemes: ['nino'], people: [] } });
    expect(await registers.find(`none-${randomUUID()}`)).toBeNull();
    const mine = (await registers.list()).map((r) => r.name).filter((name) => name.endsWith(`-list-${suffix}`));
    expect(mine).toEqual([`aa-list-${suffix}`, `zz-list-${suffix}`]);
  });

  it('grants a purpose, and granting it again updates the label and report flag in place', async () => {
    const first = await grants.grant(aGrant({ purpose: 'tax-reminder' }), new Date('2026-12-01T10:00:00Z'));
    const again = await grants.grant(aGrant({ purpose: 'tax-reminder', citizenLabel: 'To remind you to pay tax', reportUndeliverable: true }));
    expect(again).toEqual({ ...first, citizenLabel: 'To remind you to pay tax', reportUndeliverable: true });
    expect((await grants.forService(serviceId)).filter((g) => g.purpose === 'tax-reminder')).toEqual([again]);
  });

  it('matches grants by purpose, and by register when one is named; never another service’s', async () => {
    const grant = await grants.grant(aGrant({ purpose: 'licence-renewal' }));
    await grants.grant(aGrant({ serviceId: otherServiceId, purpose: 'other-only' }));
    expect(await grants.matching(serviceId, 'licence-renewal')).toEqual([grant]);
    expect(await grants.matching(serviceId, 'licence-renewal', register)).toEqual([grant]);
    expect(await grants.matching(serviceId, 'licence-renewal', 'another-register')).toEqual([]);
    expect(await grants.matching(serviceId, 'other-only')).toEqual([]);
    expect((await grants.forRegister(register)).map((g) => [g.serviceId, g.purpose])).toEqual(
      expect.arrayContaining([
        [serviceId, 'licence-renewal'],
        [otherServiceId, 'other-only'],
      ]),
    );
  });

  it('revokes a grant once, and says when there was none', async () => {
    await grants.grant(aGrant({ purpose: 'jury-summons' }));
    expect(await grants.revoke(serviceId, register, 'jury-summons')).toBe(true);
    expect(await grants.revoke(serviceId, register, 'jury-summons')).toBe(false);
    expect(await grants.matching(serviceId, 'jury-summons')).toEqual([]);
  });
});
