import { NotifyClient } from 'notifications-node-client';
import { AdminUnderTest } from '@herald/testing';

/** The operators' pages over plain HTTP: who may see them, and the figures fragment the refresh script fetches. */
describe('platform pages in the admin', () => {
  let herald: AdminUnderTest;
  let operatorCookie: string;
  let memberCookie: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    const service = await herald.scenario.aService();
    const cookieOf = async (userId: string) => `herald_session=${await herald.scenario.aSession(userId)}`;
    operatorCookie = await cookieOf((await herald.scenario.aUser({ platformAdmin: true })).id);
    memberCookie = await cookieOf((await herald.scenario.aUser({ serviceId: service.id })).id);
  });
  afterAll(() => herald.stop());

  const open = (path: string, cookie?: string) => fetch(`${herald.adminUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

  it.each(['/platform/services', '/platform/dashboard', '/platform/dashboard/figures', '/platform/find', '/platform/audit'])(
    'shows %s to platform admins only',
    async (path) => {
      expect((await open(path, operatorCookie)).status).toBe(200);
      expect((await open(path, memberCookie)).status).toBe(403);
      const signedOut = await open(path);
      expect(signedOut.status).toBe(303);
      expect(signedOut.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    },
  );

  it('serves the figures alone as an HTML fragment, and the whole page with them in a polite live region and a refresh link', async () => {
    const fragment = await (await open('/platform/dashboard/figures', operatorCookie)).text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toMatch(/^\s*<div class="herald-platform-figures" data-version="[0-9a-f]{16}">/);
    const page = await (await open('/platform/dashboard', operatorCookie)).text();
    expect(page).toMatch(/<div id="platform-figures" aria-live="polite" data-herald-live-figures data-source="\/platform\/dashboard\/figures">/);
    expect(page).toContain('<a class="govuk-link" href="/platform/dashboard" data-herald-refresh-link>Refresh the figures</a>');
    expect(page).toContain('<script type="module" src="/admin-assets/platform-dashboard.js"></script>');
    const script = await open('/admin-assets/platform-dashboard.js');
    expect(script.status).toBe(200);
  });

  it('links a service’s notification found by id to its service, template and history', async () => {
    const service = await herald.scenario.aService({ name: `Found ${Date.now()}` });
    const template = await herald.scenario.anEmailTemplate(service.id);
    const key = await herald.scenario.anApiKey(service.id, 'normal', 'find key');
    const sent = await new NotifyClient(herald.apiUrl, key.key).sendEmail(template.id, 'someone@example.gov.uk', {
      personalisation: { name: 'Sam', date: 'Monday' },
    });
    const id = (sent.data as { id: string }).id;
    const page = await (await open(`/platform/find?notificationId=${id}`, operatorCookie)).text();
    expect(page).toContain(`href="/services/${service.id}"`);
    expect(page).toContain(`href="/services/${service.id}/templates/${template.id}"`);
    expect(page).toContain(`href="/services/${service.id}/notifications/${id}"`);
    expect(page).not.toContain('Herald sent this itself');
  });

  it('refuses a provider switch posted without the form’s CSRF token', async () => {
    const response = await fetch(`${herald.adminUrl}/platform/sms-providers/outbox/switch`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: operatorCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'enabled=false',
    });
    expect(response.status).toBe(403);
  });
});
