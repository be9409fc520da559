import request from 'supertest';
import type { Service, TeamPermission } from '@herald/domain';
import { AuditRepository, SessionRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

/** R-TR-1, R-TR-3: the admin's "Organisation" setting behind the internal API, checked and audited as the CLI's. */
describe('a service’s organisation (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let manager: string;
  let viewer: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService({ live: false });
    manager = await sessionOf(service.id, ['manage_service']);
    viewer = await sessionOf(service.id, ['view_dashboard']);
  });
  afterAll(() => herald.stop());

  async function sessionOf(serviceId: string, permissions: TeamPermission[]): Promise<string> {
    const user = await herald.scenario.aUser({ serviceId, permissions });
    return `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  }

  const settings = (session: string, serviceId = service.id) =>
    request(herald.baseUrl).get(`/internal/services/${serviceId}/settings`).set('Authorization', session);
  const setOrganisation = (session: string, organisation: unknown, serviceId = service.id) =>
    request(herald.baseUrl).put(`/internal/services/${serviceId}/settings/organisation`).set('Authorization', session).send({ organisation });
  const lastUpdate = async () => (await herald.get(AuditRepository).list({ serviceId: service.id, action: 'service.updated', limit: 1 }))[0];

  it('R-TR-1: sets the organisation, trimmed, shows it in the settings and audits the change', async () => {
    await setOrganisation(manager, '  Department for Work and Pensions ').expect(200, {
      id: service.id,
      name: service.name,
      live: false,
      organisation: 'Department for Work and Pensions',
    });
    expect((await settings(viewer).expect(200)).body.service.organisation).toBe('Department for Work and Pensions');
    expect((await lastUpdate()).details).toEqual({ changed: ['organisation'], organisation: { from: null, to: 'Department for Work and Pensions' } });
  });

  it('R-TR-1: a blank organisation clears it', async () => {
    await setOrganisation(manager, 'Riverside Council').expect(200);
    await setOrganisation(manager, '   ').expect(200);
    expect((await settings(manager).expect(200)).body.service.organisation).toBeNull();
    expect((await lastUpdate()).details).toMatchObject({ organisation: { from: 'Riverside Council', to: null } });
  });

  it('R-TR-1: refuses one over 255 characters in Notify’s error format, and changes nothing', async () => {
    await setOrganisation(manager, 'Kept').expect(200);
    const refused = await setOrganisation(manager, 'x'.repeat(256)).expect(400);
    expect(refused.body.errors).toEqual([{ error: 'ValidationError', field: 'organisation', message: 'Organisation must be 255 characters or fewer' }]);
    expect((await settings(manager).expect(200)).body.service.organisation).toBe('Kept');
  });

  it('R-TR-1: refuses a member without manage_service (403) and another service’s manager (404)', async () => {
    await setOrganisation(viewer, 'Not mine').expect(403);
    const other = await herald.scenario.aService();
    const outsider = await sessionOf(other.id, ['manage_service']);
    await setOrganisation(outsider, 'Stolen').expect(404);
    expect((await settings(manager).expect(200)).body.service.organisation).not.toBe('Stolen');
  });
});
