import { AdminUnderTest } from '@herald/testing';
import { adminRoutes, AdminRoute, fillPath } from './admin-routes';
import { aPermissionTeam, GIVEN_PERMISSIONS, LETTER_PAGE_IMAGE, PermissionMember, PermissionTeam } from './permission-members';
import { routeFor, targetsOf } from './route-matcher';

/** Files and fragments, not pages with links. */
const NOT_A_PAGE = /\.(pdf|csv|json|html)$/;

/**
 * Issue 15, point 15: pages a member has no permission for are not offered. Every page a member
 * can open is fetched, and each link and form on it is matched against the admin's routes: none
 * may lead to a page or form that would answer them 403.
 */
describe('links and forms a member has no permission for are not offered', () => {
  let herald: AdminUnderTest;
  let routes: AdminRoute[];
  let team: PermissionTeam;

  /** Every page `member` may open, a template page once for each kind of template. */
  const pagesOf = (member: PermissionMember): string[] =>
    routes
      .filter((r) => r.method === 'GET' && r.path.startsWith('/services/:serviceId') && !NOT_A_PAGE.test(r.path) && !LETTER_PAGE_IMAGE.test(r.path))
      .filter((r) => r.permission !== undefined && member.permissions.includes(r.permission))
      .flatMap((r) =>
        r.path.includes(':templateId') && !r.path.includes(':uploadId')
          ? Object.values(team.templateIds).map((templateId) => fillPath(r.path, { ...team.params, templateId }))
          : [fillPath(r.path, team.params)],
      );

  /** "page: METHOD path (needs P) from <tag>" for each link or form on the member's pages that they could not use. */
  async function offeredButRefused(member: PermissionMember): Promise<string[]> {
    const found = new Set<string>();
    for (const page of pagesOf(member)) {
      const response = await member.session.get(page);
      // A redirect (the create form without a type) is not a page: where it leads is visited on its own.
      if (response.status === 303) continue;
      if (response.status !== 200) {
        found.add(`${page} answered ${response.status}`);
        continue;
      }
      for (const target of targetsOf(await response.text(), page)) {
        const route = routeFor(routes, target.method, target.path);
        if (route?.permission && !member.permissions.includes(route.permission)) {
          found.add(`${route.method} ${route.path} (needs ${route.permission}) on ${page.replace(team.serviceId, ':serviceId')}: ${target.html}`);
        }
      }
    }
    return [...found];
  }

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    routes = adminRoutes(herald.config);
    team = await aPermissionTeam(herald);
  });

  afterAll(async () => {
    await herald?.stop();
  });

  it('finds links to check: the dashboard links to the templates and the activity', async () => {
    const dashboard = `/services/${team.serviceId}`;
    const targets = targetsOf(await (await team.dashboardOnly.session.get(dashboard)).text(), dashboard).map((t) => t.path);
    expect(targets).toEqual(expect.arrayContaining([`${dashboard}/templates`, `${dashboard}/activity`]));
  });

  it('offers a "see dashboard only" member nothing they would be refused', async () => {
    expect(await offeredButRefused(team.dashboardOnly)).toEqual([]);
  });

  it.each(GIVEN_PERMISSIONS)('offers a member who can only %s nothing they would be refused', async (permission) => {
    expect(await offeredButRefused(team.holding[permission])).toEqual([]);
  });
});
