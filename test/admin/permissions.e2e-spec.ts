import { AdminUnderTest } from '@herald/testing';
import { adminRoutes, AdminRoute, fillPath } from './admin-routes';
import { aPermissionTeam, GIVEN_PERMISSIONS, LETTER_PAGE_IMAGE, PermissionMember, PermissionTeam } from './permission-members';

/**
 * Issue 15, point 15: a page a member has no permission for answers 403, the form as well as its
 * save. The routes and what each needs are read from the admin's @RequiresPermission
 * declarations, so a new page is covered, and one that declares nothing fails the first test.
 */
describe('pages and forms a member has no permission for', () => {
  let herald: AdminUnderTest;
  let routes: AdminRoute[];
  let team: PermissionTeam;

  const request = (member: PermissionMember, route: AdminRoute) => {
    const path = fillPath(route.path, team.params);
    return route.method === 'GET' ? member.session.get(path) : member.session.post(path);
  };

  /** 200, or a redirect to another page of the service (the create form without a type, an email template's letter PDF). */
  const opened = (response: Response) =>
    response.status === 200 || (response.status === 303 && (response.headers.get('location') ?? '').startsWith(`/services/${team.serviceId}`));

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    routes = adminRoutes(herald.config).filter((r) => r.path.startsWith('/services/:serviceId'));
    team = await aPermissionTeam(herald);
  });

  afterAll(async () => {
    await herald?.stop();
  });

  it("declares the permission every page and form of a service needs ('view_dashboard' for what every member may see)", () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((r) => r.permission === undefined).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it.each(GIVEN_PERMISSIONS)('answers 403 on every page and form that needs %s to each member without it', async (permission) => {
    const needing = routes.filter((r) => r.permission === permission);
    expect(needing.length).toBeGreaterThan(0);
    const without = [team.dashboardOnly, ...GIVEN_PERMISSIONS.filter((p) => p !== permission).map((p) => team.holding[p])];
    const letIn: string[] = [];
    for (const member of without) {
      for (const route of needing) {
        const response = await request(member, route);
        const body = await response.text();
        if (response.status !== 403 || !body.includes('You do not have permission to do this')) {
          letIn.push(`${member.label}: ${route.method} ${route.path} answered ${response.status}`);
        }
      }
    }
    expect(letIn).toEqual([]);
  });

  it.each(GIVEN_PERMISSIONS)('opens every page that needs %s for a member given only that permission', async (permission) => {
    const refused: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET' && r.permission === permission && !LETTER_PAGE_IMAGE.test(r.path))) {
      const response = await request(team.holding[permission], route);
      if (!opened(response)) refused.push(`${route.path}: ${response.status}`);
    }
    expect(refused).toEqual([]);
  });

  it('opens the dashboard and every page anyone in the team may see for a "see dashboard only" member', async () => {
    const pages = routes.filter((r) => r.method === 'GET' && r.permission === 'view_dashboard' && !LETTER_PAGE_IMAGE.test(r.path));
    expect(pages.map((r) => r.path)).toContain('/services/:serviceId');
    const refused: string[] = [];
    for (const route of pages) {
      const response = await request(team.dashboardOnly, route);
      if (!opened(response)) refused.push(`${route.path}: ${response.status}`);
    }
    expect(refused).toEqual([]);
  });
});
