import { AdminUnderTest, TestUser } from '@herald/testing';
import { SessionRepository } from '@herald/persistence';
import { AdminBrowserSession } from './admin-browser-session';
import { adminRoutes, AdminRoute, fillPath } from './admin-routes';
import { serviceFixtures } from './service-fixtures';

/**
 * Every admin route under /services/:serviceId, walked as a member of ANOTHER service (never
 * found), posted without a CSRF token (refused), and opened with an ended session (back to sign in).
 * The routes are read from the admin's controllers, so a new page is covered without editing this.
 */
describe("a service's pages are closed to everyone else", () => {
  let herald: AdminUnderTest;
  let routes: AdminRoute[];
  let owner: TestUser;
  let outsider: TestUser;
  let params: Record<string, string>;
  let asOwner: AdminBrowserSession;
  let asOutsider: AdminBrowserSession;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    routes = adminRoutes(herald.config).filter((r) => r.path.includes(':serviceId'));
    const service = await herald.scenario.aService({ name: `Isolated ${Date.now()}` });
    const other = await herald.scenario.aService({ name: `Other ${Date.now()}` });
    owner = await herald.scenario.aUser({ serviceId: service.id });
    outsider = await herald.scenario.aUser({ serviceId: other.id });
    params = { serviceId: service.id, ...(await serviceFixtures(herald, service.id, owner)) };
    const sessions = herald.get(SessionRepository);
    asOwner = await AdminBrowserSession.open(herald.adminUrl, (await sessions.open(owner.id)).token);
    asOutsider = await AdminBrowserSession.open(herald.adminUrl, (await sessions.open(outsider.id)).token);
  });

  afterAll(async () => {
    await herald?.stop();
  });

  it('finds the service routes to check', () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  it('opens every page for a member of the service (so the checks below test real pages)', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const response = await asOwner.get(fillPath(route.path, params));
      if (response.status >= 400) failures.push(`${route.path}: ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers "page not found" on every page to a member of another service', async () => {
    const leaks: string[] = [];
    for (const route of routes) {
      const path = fillPath(route.path, params);
      const response = route.method === 'GET' ? await asOutsider.get(path) : await asOutsider.post(path);
      const body = await response.text();
      if (response.status !== 404 || !body.includes('Page not found')) leaks.push(`${route.method} ${route.path}: ${response.status}`);
    }
    expect(leaks).toEqual([]);
  });

  it('refuses every form posted without its CSRF token, even from a member', async () => {
    const accepted: string[] = [];
    for (const route of routes.filter((r) => r.method === 'POST')) {
      const response = await asOwner.post(fillPath(route.path, params), {}, { withToken: false });
      const body = await response.text();
      if (response.status !== 403 || !body.includes('Your form could not be sent')) accepted.push(`${route.path}: ${response.status}`);
    }
    expect(accepted).toEqual([]);
  });

  it('sends an ended session to sign in on every page and form', async () => {
    const sessions = herald.get(SessionRepository);
    const ended = await sessions.open(owner.id);
    await sessions.backdate(ended.sessionId, new Date(Date.now() - 24 * 60 * 60 * 1000));
    const asEnded = await AdminBrowserSession.open(herald.adminUrl, ended.token);
    const letIn: string[] = [];
    for (const route of routes) {
      const path = fillPath(route.path, params);
      const response = route.method === 'GET' ? await asEnded.get(path) : await asEnded.post(path);
      if (response.status !== 303 || !(response.headers.get('location') ?? '').startsWith('/sign-in'))
        letIn.push(`${route.method} ${route.path}: ${response.status}`);
    }
    expect(letIn).toEqual([]);
  });
});
