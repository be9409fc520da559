import { randomUUID } from 'node:crypto';
import { AuditRepository, ServiceRepository } from '@herald/persistence';
import { AdminUnderTest } from '@herald/testing';
import { AdminBrowserSession } from './admin-browser-session';

/** "Your services" → "Add a new service" → "Service name" → the new service's dashboard, over HTTP without a browser. */
describe('adding a service in the admin', () => {
  let herald: AdminUnderTest;
  let userId: string;
  let asUser: AdminBrowserSession;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    // Signed in, and a member of no service yet: anyone may add one.
    userId = (await herald.scenario.aUser()).id;
    asUser = await AdminBrowserSession.open(herald.adminUrl, await herald.scenario.aSession(userId));
  });
  afterAll(() => herald?.stop());

  const aName = () => `Passport Office ${randomUUID().slice(0, 8)}`;
  const html = async (path: string) => {
    const response = await asUser.get(path);
    expect([path, response.status]).toEqual([path, 200]);
    return response.text();
  };
  /** The link or button whose text is `text`, as a browser would follow it. */
  const hrefOf = (page: string, text: string): string => {
    const match = new RegExp(`<a [^>]*href="([^"]+)"[^>]*>\\s*${text}\\s*</a>`).exec(page);
    if (!match) throw new Error(`No link "${text}" on the page`);
    return match[1];
  };
  /** The page's form that has the field (the header's sign-out button is a form too). */
  const formWithField = (page: string, field: string): { action: string; html: string } => {
    const form = [...page.matchAll(/<form method="post" action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)].find((m) => m[2].includes(`name="${field}"`));
    if (!form) throw new Error(`No form with a "${field}" field on the page`);
    return { action: form[1], html: form[2] };
  };

  it('follows "Add a new service" from "Your services", submits the name and lands on the new service’s dashboard, in trial mode', async () => {
    const name = aName();
    const addPage = await html(hrefOf(await html('/services'), 'Add a new service'));
    expect(addPage).toContain('<title>Add a new service - Herald</title>');
    expect(addPage).toMatch(/<label class="govuk-label[^"]*" for="name">\s*Service name\s*<\/label>/);
    const form = formWithField(addPage, 'name');
    expect(form.html).toMatch(/<input type="hidden" name="csrf_token" value="[^"]+">/);

    expect(form.html).toContain('name="otherOrganisation"');
    expect(form.html).toMatch(/<input class="govuk-checkboxes__input" id="channels" name="channels" type="checkbox" value="email"[^>]*>/);
    // Someone who is not a platform admin cannot name another manager.
    expect(form.html).not.toContain('managerEmailAddress');

    const added = await asUser.post(form.action, { name, otherOrganisation: ' Department for Transport ', channels: 'sms' });
    expect(added.status).toBe(303);
    const dashboard = added.headers.get('location')!;
    expect(dashboard).toMatch(/^\/services\/[0-9a-f-]{36}$/);
    const serviceId = dashboard.split('/')[2];

    const page = await html(dashboard);
    expect(page).toContain(`<p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" id="service-name">${name}</p>`);
    expect(page).toContain('Trial mode');
    // Every permission: the team and API integration pages are in the navigation.
    expect(page).toContain(`href="/services/${serviceId}/team"`);
    expect(page).toContain(`href="/services/${serviceId}/api"`);
    expect(await html('/services')).toContain(`<a class="govuk-link govuk-!-font-size-24" href="/services/${serviceId}">${name}</a>`);
    expect(await herald.get(ServiceRepository).findById(serviceId)).toMatchObject({ name, restricted: true, permissions: ['sms'] });
    expect(await herald.get(AuditRepository).list({ serviceId, action: 'service.created', limit: 1 })).toEqual([
      expect.objectContaining({ userId, subject: serviceId, details: { name, live: false, organisation: 'Department for Transport', channels: ['sms'] } }),
    ]);
  });

  it('says a name is already in use, with an error summary linked to the field, and keeps what was typed', async () => {
    const taken = await herald.scenario.aService({ name: aName() });
    const typed = taken.name.toLowerCase();
    const refused = await asUser.post('/add-service', { name: typed, channels: 'letter' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('<title>Error: Add a new service - Herald</title>');
    expect(page).toContain('There is a problem');
    expect(page).toContain('<a href="#name">This service name is already in use</a>');
    expect(page).toMatch(
      /<p id="name-error" class="govuk-error-message">\s*<span class="govuk-visually-hidden">Error:<\/span> This service name is already in use\s*<\/p>/,
    );
    expect(page).toContain(`value="${typed}"`);
  });

  it('asks for a name and a channel when neither is given, and keeps the organisation typed', async () => {
    const refused = await asUser.post('/add-service', { name: '  ', organisation: ':another', otherOrganisation: 'Home Office' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('<a href="#name">Enter a service name</a>');
    expect(page).toContain('<a href="#channels">Choose at least one channel</a>');
    expect(page).toContain('value="Home Office"');
  });

  it('points an organisation that is too long at the field it was typed in', async () => {
    const refused = await asUser.post('/add-service', { name: aName(), organisation: ':another', otherOrganisation: 'x'.repeat(256), channels: 'email' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('<a href="#otherOrganisation">Organisation must be 255 characters or fewer</a>');
  });

  it('offers the organisations of the user’s services as a choice, and records the one chosen', async () => {
    const existing = await herald.scenario.aService({ name: aName(), settings: { organisation: 'Cabinet Office' } });
    const member = await herald.scenario.aUser({ serviceId: existing.id });
    const asMember = await AdminBrowserSession.open(herald.adminUrl, await herald.scenario.aSession(member.id));
    const form = await (await asMember.get('/add-service')).text();
    expect(form).toMatch(/<input class="govuk-radios__input" id="organisation" name="organisation" type="radio" value="Cabinet Office"[^>]*>/);
    const name = aName();
    const added = await asMember.post('/add-service', { name, organisation: 'Cabinet Office', channels: 'sms' });
    expect(added.status).toBe(303);
    expect(await herald.get(ServiceRepository).findByNameIgnoringCase(name)).toMatchObject({ organisation: 'Cabinet Office', permissions: ['sms'] });
  });

  it('refuses the form posted without its CSRF token, and adds nothing', async () => {
    const name = aName();
    const forged = await asUser.post('/add-service', { name }, { withToken: false });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Your form could not be sent');
    expect(await herald.get(ServiceRepository).findByNameIgnoringCase(name)).toBeNull();
  });

  it('sends someone signed out to sign in, from the page and from the form', async () => {
    const signedOut = await AdminBrowserSession.open(herald.adminUrl);
    const page = await signedOut.get('/add-service');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent('/add-service')}`);
    const name = aName();
    const posted = await signedOut.post('/add-service', { name });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toMatch(/^\/sign-in/);
    expect(await herald.get(ServiceRepository).findByNameIgnoringCase(name)).toBeNull();
  });
});
