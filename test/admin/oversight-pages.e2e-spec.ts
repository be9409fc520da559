import { AdminUnderTest, aLookUp } from '@herald/testing';

/** The oversight pages over plain HTTP: auditors and platform admins only, and the navigation entry that leads to them. */
describe('oversight pages in the admin', () => {
  let herald: AdminUnderTest;
  let auditorCookie: string;
  let operatorCookie: string;
  let memberCookie: string;
  let paths: string[];

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    const service = await herald.scenario.aService();
    const { entryId } = await aLookUp(herald, service.id);
    const cookieOf = async (userId: string) => `herald_session=${await herald.scenario.aSession(userId)}`;
    auditorCookie = await cookieOf((await herald.scenario.aUser({ auditor: true })).id);
    operatorCookie = await cookieOf((await herald.scenario.aUser({ platformAdmin: true })).id);
    memberCookie = await cookieOf((await herald.scenario.aUser({ serviceId: service.id })).id);
    paths = [
      '/oversight',
      '/oversight/purpose-log',
      `/oversight/purpose-log/${entryId}`,
      `/oversight/services/${service.id}`,
      '/oversight/audit',
      '/oversight/figures',
    ];
  });
  afterAll(() => herald.stop());

  const open = (path: string, cookie?: string) => fetch(`${herald.adminUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

  it('shows every oversight page to auditors and platform admins, 403 to a team member, and sign-in to nobody', async () => {
    for (const path of paths) {
      expect([path, (await open(path, auditorCookie)).status]).toEqual([path, 200]);
      expect([path, (await open(path, operatorCookie)).status]).toEqual([path, 200]);
      expect([path, (await open(path, memberCookie)).status]).toEqual([path, 403]);
      const signedOut = await open(path);
      expect([path, signedOut.status, signedOut.headers.get('location')]).toEqual([path, 303, `/sign-in?next=${encodeURIComponent(path)}`]);
    }
  });

  it('shows the "Oversight" navigation entry to auditors only, and "Platform admin" to operators only', async () => {
    const auditorPage = await (await open('/services', auditorCookie)).text();
    expect(auditorPage).toContain('href="/oversight"');
    expect(auditorPage).not.toContain('href="/platform"');
    expect(await (await open('/services', memberCookie)).text()).not.toContain('href="/oversight"');
  });

  it('shows the platform roles page to platform admins only', async () => {
    expect((await open('/platform/roles', operatorCookie)).status).toBe(200);
    expect((await open('/platform/roles', auditorCookie)).status).toBe(403);
    expect((await open('/platform/roles', memberCookie)).status).toBe(403);
  });
});
