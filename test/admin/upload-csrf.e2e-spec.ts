import { AdminUnderTest } from '@herald/testing';
import { AdminBrowserSession } from './admin-browser-session';

/**
 * The bulk upload form over HTTP (no browser): its CSRF token travels as a field before the file
 * part, never in the URL (where access logs and the Referer header keep it), and a post that does
 * not carry it in the field is refused before any of the file is read.
 */
describe('bulk upload and its CSRF token', () => {
  let herald: AdminUnderTest;
  let asSender: AdminBrowserSession;
  let uploadPath: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    const serviceId = (await herald.scenario.aService({ name: `Upload CSRF ${Date.now()}`, live: true })).id;
    const templateId = (await herald.scenario.anEmailTemplate(serviceId)).id;
    const sender = await herald.scenario.aUser({ serviceId, permissions: ['send_messages'] });
    asSender = await AdminBrowserSession.open(herald.adminUrl, await herald.scenario.aSession(sender.id));
    uploadPath = `/services/${serviceId}/send/${templateId}/upload`;
  });
  afterAll(() => herald?.stop());

  const aFile = (form: FormData) =>
    form.set('file', new Blob(['email address,name,date\nsomeone@example.gov.uk,Jo,Monday\n'], { type: 'text/csv' }), 'people.csv');

  it('puts the token in a hidden field before the file input, and none in the form action', async () => {
    const html = await (await asSender.get(uploadPath)).text();
    expect(html).toMatch(/<form method="post" action="[^"?]*\/upload" enctype="multipart\/form-data" novalidate>\s*<input type="hidden" name="csrf_token"/);
    expect(html).not.toContain('csrf_token=');
  });

  it('refuses an upload whose token is only in the URL, or missing', async () => {
    expect((await asSender.postMultipart(uploadPath, aFile, 'url')).status).toBe(403);
    expect((await asSender.postMultipart(uploadPath, aFile, 'none')).status).toBe(403);
  });

  it('takes an upload whose token is its first field, on to the check page', async () => {
    const response = await asSender.postMultipart(uploadPath, aFile);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`^${uploadPath.replace(/\/upload$/, '')}/uploads/[0-9a-f-]+$`));
  });
});
