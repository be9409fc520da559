import { AdminUnderTest } from '@herald/testing';
import { AdminBrowserSession } from './admin-browser-session';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** The settings pages over HTTP (no browser): who sees which forms, and what each form says back. */
describe('settings pages', () => {
  let herald: AdminUnderTest;
  let serviceId: string;
  let asManager: AdminBrowserSession;
  let asViewer: AdminBrowserSession;
  let managerToken: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    serviceId = (await herald.scenario.aService({ name: `Settings pages ${Date.now()}`, live: false })).id;
    const manager = await herald.scenario.aUser({ serviceId, permissions: ['manage_service'] });
    const viewer = await herald.scenario.aUser({ serviceId, permissions: ['view_dashboard'] });
    managerToken = await herald.scenario.aSession(manager.id);
    asManager = await AdminBrowserSession.open(herald.adminUrl, managerToken);
    asViewer = await AdminBrowserSession.open(herald.adminUrl, await herald.scenario.aSession(viewer.id));
  });
  afterAll(() => herald?.stop());

  const settings = (path = '') => `/services/${serviceId}/settings${path}`;

  /** The manager's branding form as the browser sends it: multipart, the CSRF token its first field. */
  const postBranding = (fields: Record<string, string>, logo?: { bytes: Buffer; name: string; type: string }, tokenIn: 'field' | 'url' = 'field') =>
    asManager.postMultipart(
      settings('/branding'),
      (form) => {
        for (const [name, value] of Object.entries(fields)) form.set(name, value);
        if (logo) form.set('logo', new Blob([logo.bytes], { type: logo.type }), logo.name);
      },
      tokenIn,
    );

  it('shows a member without manage_service the settings but no change links or forms', async () => {
    const summary = await asViewer.get(settings());
    expect(summary.status).toBe(200);
    const html = await summary.text();
    expect(html).toContain('Settings pages');
    expect(html).not.toContain('Change<span class="govuk-visually-hidden"> service name');
    expect(html).not.toContain('Request to go live');
    for (const path of ['/name', '/branding', '/retention', '/go-live', '/reply-to/add', '/sms-senders/add', '/letter-contacts/add']) {
      expect([path, (await asViewer.get(settings(path))).status]).toEqual([path, 403]);
    }
    expect((await asViewer.get(settings('/reply-to'))).status).toBe(200);
    expect((await asViewer.get(settings('/no-such-kind'))).status).toBe(404);
  });

  it('keeps the CSRF token out of the URL: the branding form carries it as a field, and a token in the URL alone is refused', async () => {
    const form = await (await asManager.get(settings('/branding'))).text();
    expect(form).toMatch(/<form method="post" action="[^"?]*\/branding" enctype="multipart\/form-data" novalidate>\s*<input type="hidden" name="csrf_token"/);
    const before = (await herald.internalClient(managerToken).settings.get(serviceId)).branding;
    const inUrl = await postBranding({ colour: '#00703c', banner_text: 'From the URL' }, undefined, 'url');
    expect(inUrl.status).toBe(403);
    expect((await herald.internalClient(managerToken).settings.get(serviceId)).branding).toEqual(before);
    const asField = await postBranding({ colour: '#00703c', banner_text: 'From the field' });
    expect(asField.status).toBe(303);
    expect((await herald.internalClient(managerToken).settings.get(serviceId)).branding?.banner_text).toBe('From the field');
  });

  it('refuses an SVG logo and one over 2 MB, saying why', async () => {
    const svg = await postBranding(
      { colour: '', banner_text: '' },
      { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.png', type: 'image/png' },
    );
    expect(svg.status).toBe(400);
    expect(await svg.text()).toContain('The logo must be a PNG or JPEG image');
    const big = await postBranding(
      { colour: '', banner_text: '' },
      { bytes: Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]), name: 'big.png', type: 'image/png' },
    );
    expect(big.status).toBe(400);
    expect(await big.text()).toContain('The logo must be smaller than 2MB');
  });

  it('saves branding from the form and shows it in the preview', async () => {
    const saved = await postBranding({ colour: '#FFDD00', banner_text: 'Yellow' }, { bytes: PNG, name: 'logo.png', type: 'image/png' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(settings('/branding?saved=1'));
    const page = await (await asManager.get(settings('/branding'))).text();
    expect(page).toContain('bgcolor=&quot;#ffdd00&quot;');
    expect(page).toMatch(/img src=&quot;http:\/\/127\.0\.0\.1:\d+\/branding\/[0-9a-f-]{36}\.png&quot;/);
  });

  it('keeps data retention between 3 and 90 days', async () => {
    const refused = await asManager.post(settings('/retention'), { email: '1', sms: '7', letter: '7' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Emails: number of days must be between 3 and 90');
    const saved = await asManager.post(settings('/retention'), { email: '30', sms: '3', letter: '90' });
    expect(saved.status).toBe(303);
    const summary = await (await asManager.get(settings())).text();
    expect(summary).toContain('Emails: 30 days');
    expect(summary).toContain('Text messages: 3 days');
  });

  it('adds text message senders, changes the default and removes one', async () => {
    const refused = await asManager.post(settings('/sms-senders/add'), { sms_sender: 'MUCHTOOLONGNAME' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Text message sender must be up to 11 letters and numbers, or a phone number');
    expect((await asManager.post(settings('/sms-senders/add'), { sms_sender: 'FIRST' })).status).toBe(303);
    expect((await asManager.post(settings('/sms-senders/add'), { sms_sender: 'SECOND' })).status).toBe(303);
    const { sms_senders: senders } = await herald.internalClient(managerToken).settings.get(serviceId);
    const second = senders.find((s) => s.sms_sender === 'SECOND')!;
    const first = senders.find((s) => s.sms_sender === 'FIRST')!;
    expect((await asManager.post(settings(`/sms-senders/${second.id}/default`))).status).toBe(303);
    const refusedRemoval = await asManager.post(settings(`/sms-senders/${second.id}/remove`));
    expect(refusedRemoval.status).toBe(400);
    expect(await refusedRemoval.text()).toContain('You cannot remove the default text message sender');
    expect((await asManager.post(settings(`/sms-senders/${first.id}/remove`))).status).toBe(303);
    const after = await (await asManager.get(settings('/sms-senders'))).text();
    expect(after).toContain('SECOND');
    expect(after).not.toContain('FIRST');
  });
});
