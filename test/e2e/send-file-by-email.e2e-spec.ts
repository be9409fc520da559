import { IncomingHttpHeaders, request as httpRequest } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentRepository, NotificationRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, HeraldUnderTest, LoopbackSmtp, TestApiKey } from '@herald/testing';

const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
const CSV = Buffer.from('name,amount\nJo,12.50\n');
const BASE_URL = 'https://api.herald.example';
const LINK = /(https:\/\/api\.herald\.example\/d\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}\?key=[A-Za-z0-9_-]{43})/;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Sending a file by email (docs/api-contract.md §15.1) end to end: the email carries a link, and the link's
 * page gives the recipient the file, asking for their email address first unless told not to.
 */
describe('sending a file by email end to end', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, API_BASE_URL: BASE_URL }), { worker: true });
    const service = await herald.scenario.aService({ name: `Benefits Office ${Date.now()}`, live: true });
    await herald.get(DataSource).query('UPDATE services SET contact_link = $1 WHERE id = $2', ['https://benefits.example.gov.uk/contact', service.id]);
    key = await herald.scenario.anApiKey(service.id);
    templateId = (
      await herald.scenario.anEmailTemplate(service.id, { subject: 'Your statement', content: 'Dear ((name)),\n\nDownload your statement: ((statement))' })
    ).id;
  });
  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  const send = (statement: object, to = 'jo.bloggs@example.com', apiKey = key) =>
    request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(apiKey.serviceId, apiKey.secret))
      .send({ email_address: to, template_id: templateId, personalisation: { name: 'Jo', statement } });

  async function sendAndReadLink(statement: object, to = 'jo.bloggs@example.com'): Promise<string> {
    const response = await send(statement, to).expect(201);
    const link = LINK.exec(response.body.content.body)?.[1];
    expect(link).toBeDefined();
    expect(response.body.content.body).toBe(`Dear Jo,\n\nDownload your statement: ${link}`);
    // The recipient's browser reaches API_BASE_URL; here that is the loopback port.
    return (link as string).replace(BASE_URL, herald.baseUrl);
  }

  it('puts a download link in the email instead of the file', async () => {
    const response = await send(
      { file: PDF.toString('base64'), filename: null, confirm_email_before_download: null, retention_period: null },
      'Jo.Bloggs@Example.com',
    ).expect(201);
    const link = LINK.exec(response.body.content.body)?.[1] as string;
    expect(link).toBeDefined();

    const mail = await smtp.waitForMessageTo('jo.bloggs@example.com');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(link.replace(/&/g, '&amp;'));
    expect(await herald.get(DocumentRepository).countForNotification(key.serviceId, response.body.id)).toBe(1);
    // The stored personalisation holds the link, never the file.
    const stored = await herald.get(NotificationRepository).findById(key.serviceId, response.body.id);
    expect(stored?.personalisation).toEqual({ name: 'Jo', statement: link });
  });

  it('asks for the email address first by default, then downloads the file', async () => {
    const link = await sendAndReadLink({ file: PDF.toString('base64') });

    const page = await browse(link);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = page.text;
    expect(html).toContain('<h1 class="govuk-heading-l">Confirm your email address</h1>');
    expect(html).toContain(`file.pdf (PDF, ${PDF.length} bytes)`);
    expect(html).toContain('<form method="post"');
    expect(html).toContain('href="https://benefits.example.gov.uk/contact"');
    expect(html).not.toContain('<script');
    // The key in the URL must not leak to the contact link through the Referer header.
    expect(page.headers['referrer-policy']).toBe('no-referrer');

    const wrong = await postForm(link, 'email_address=someone.else%40example.com');
    expect(wrong.status).toBe(400);
    const wrongHtml = wrong.text;
    expect(wrongHtml).toContain('<title>Error: Confirm your email address</title>');
    expect(wrongHtml).toContain('<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>');
    expect(wrongHtml).toContain('<a href="#email_address">This is not the email address the file was sent to</a>');
    expect(wrongHtml).toContain('<span class="govuk-visually-hidden">Error:</span> This is not the email address the file was sent to');
    expect(wrongHtml).toContain('value="someone.else@example.com"');

    const empty = await postForm(link, 'email_address=');
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Enter your email address');

    // Matched as Notify matches addresses: case and surrounding spaces do not matter.
    const right = await postForm(link, 'email_address=+Jo.Bloggs%40EXAMPLE.com+');
    expect(right.status).toBe(200);
    expect(right.headers['content-type']).toBe('application/pdf');
    expect(right.headers['content-disposition']).toBe('attachment; filename="file.pdf"; filename*=UTF-8\'\'file.pdf');
    expect(right.body.equals(PDF)).toBe(true);

    // The direct download link does not skip the question.
    const direct = await browse(downloadUrl(link));
    expect(direct.status).toBe(303);
    expect(new URL(direct.headers.location as string, downloadUrl(link)).toString()).toBe(link);
  });

  it('stops answering after 10 wrong email addresses for one file in an hour', async () => {
    const link = await sendAndReadLink({ file: PDF.toString('base64') });
    for (let attempt = 1; attempt <= 10; attempt++) expect((await postForm(link, `email_address=guess${attempt}%40example.com`)).status).toBe(400);
    const blocked = await postForm(link, 'email_address=jo.bloggs%40example.com');
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain('<h1 class="govuk-heading-l">Too many attempts</h1>');
    // Another file sent to the same person is not affected.
    const other = await sendAndReadLink({ file: PDF.toString('base64') });
    expect((await postForm(other, 'email_address=jo.bloggs%40example.com')).status).toBe(200);
  });

  it('lets anyone with the link download when confirm_email_before_download is false', async () => {
    const link = await sendAndReadLink({
      file: CSV.toString('base64'),
      filename: 'Statement – March.csv',
      confirm_email_before_download: false,
      retention_period: '52 weeks',
    });

    const { text: html } = await browse(link);
    expect(html).toContain('<h1 class="govuk-heading-l">You have a file to download</h1>');
    expect(html).toContain(`Statement – March.csv (CSV, ${CSV.length} bytes)`);
    const href = /<a href="([^"]+)" class="govuk-button"/.exec(html)?.[1] as string;
    expect(href).toBeDefined();

    const file = await browse(new URL(href.replace(/&amp;/g, '&'), link).toString());
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv');
    expect(file.headers['content-disposition']).toBe('attachment; filename="Statement _ March.csv"; filename*=UTF-8\'\'Statement%20%E2%80%93%20March.csv');
    expect(file.body.equals(CSV)).toBe(true);
  });

  it('keeps the file for its retention period: 26 weeks unless told otherwise', async () => {
    const expiries = async (link: string) => {
      const documentId = Buffer.from(new URL(link).pathname.split('/')[3], 'base64url').toString('hex');
      const [row] = await herald.get(DataSource).query("SELECT expires_at FROM documents WHERE replace(id, '-', '') = $1", [documentId]);
      return (new Date(row.expires_at).getTime() - Date.now()) / WEEK_MS;
    };
    expect(await expiries(await sendAndReadLink({ file: PDF.toString('base64') }))).toBeCloseTo(26, 2);
    expect(await expiries(await sendAndReadLink({ file: PDF.toString('base64'), retention_period: '1 Week' }))).toBeCloseTo(1, 2);
  });

  it('shows a clear page for an unknown link, a wrong key and an expired file', async () => {
    const link = await sendAndReadLink({ file: PDF.toString('base64'), confirm_email_before_download: false });
    const wrongKey = link.replace(/key=.*/, `key=${'A'.repeat(43)}`);
    expect((await browse(wrongKey)).status).toBe(404);
    expect((await browse(downloadUrl(wrongKey))).status).toBe(404);
    const unknown = await browse(`${herald.baseUrl}/d/AAAAAAAAAAAAAAAAAAAAAA/AAAAAAAAAAAAAAAAAAAAAA?key=x`);
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('<h1 class="govuk-heading-l">Page not found</h1>');
    expect((await browse(`${herald.baseUrl}/d/not-an-id/also-not?key=x`)).status).toBe(404);

    await herald.get(DataSource).query('UPDATE documents SET expires_at = $1 WHERE service_id = $2', [new Date(Date.now() - 1000), key.serviceId]);
    const expired = await browse(link);
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('<h1 class="govuk-heading-l">The file is no longer available</h1>');
    expect((await browse(downloadUrl(link))).status).toBe(410);
  });

  it('stores nothing for a smoke-test recipient and links to the test document', async () => {
    const before = await herald.get(DocumentRepository).count(key.serviceId);
    const response = await send({ file: PDF.toString('base64') }, 'simulate-delivered@notifications.service.gov.uk').expect(201);
    expect(response.body.content.body).toBe(
      `Dear Jo,\n\nDownload your statement: ${herald.config.api.baseUrl}/services/${key.serviceId}/documents/test-document`,
    );
    expect(await herald.get(DocumentRepository).count(key.serviceId)).toBe(before);
  });

  it('stores the file for a test key too, which never reaches the SMTP server', async () => {
    const testKey = await herald.scenario.anApiKey(key.serviceId, 'test');
    const response = await send({ file: PDF.toString('base64'), confirm_email_before_download: false }, 'jo@example.com', testKey).expect(201);
    const link = (LINK.exec(response.body.content.body)?.[1] as string).replace(BASE_URL, herald.baseUrl);
    const file = await browse(downloadUrl(link));
    expect(file.status).toBe(200);
    expect(file.body.equals(PDF)).toBe(true);
  });
});

interface Page {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly text: string;
}

/** A browser without JavaScript or keep-alive: one request, redirects not followed. */
function browse(url: string, form?: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    const headers = form === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(form) };
    const req = httpRequest(url, { method: form === undefined ? 'GET' : 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(form);
  });
}

const postForm = (link: string, form: string): Promise<Page> => browse(link, form);

function downloadUrl(link: string): string {
  const url = new URL(link);
  url.pathname = `${url.pathname}/download`;
  return url.toString();
}
