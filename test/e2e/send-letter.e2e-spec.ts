import { PDFDocument, PageSizes } from 'pdf-lib';
import request from 'supertest';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackSftp, pdfText, TestApiKey } from '@herald/testing';

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const ADDRESS = { address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'Leeds', postcode: 'ls11aa' };

async function anA4Pdf(pages: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) document.addPage(PageSizes.A4).drawText(`Uploaded page ${i + 1}`, { x: 50, y: 700 });
  return Buffer.from(await document.save());
}

/**
 * Letters end to end: Herald (API + worker) on PostgreSQL and Redis renders each letter to PDF,
 * serves it, and sends the day's batch to a print provider's SFTP server on loopback, whose
 * response files move letters to delivered or returned-letter.
 */
describe('sending a letter end to end', () => {
  const sftp = new LoopbackSftp();
  let herald: HeraldUnderTest;
  let live: TestApiKey;
  let test: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    await sftp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ PRINT_SFTP_URL: sftp.url('/print'), PRINT_SFTP_PASSWORD: sftp.password }), { worker: true });
    const service = await herald.scenario.aService({ live: true, permissions: ['letter', 'international_letters', 'email'] });
    live = await herald.scenario.anApiKey(service.id, 'normal');
    test = await herald.scenario.anApiKey(service.id, 'test');
    templateId = (
      await herald.scenario.aLetterTemplate(service.id, {
        name: 'Claim letter',
        subject: 'Your claim, ((name))',
        content: 'Dear ((name)),\n\n# What happens next\n\n* we check your claim\n* we write to you\n\nSee https://www.gov.uk/claim for more.',
        letterContactBlock: 'Claims Office\n((office))\nLS2 7UE',
        postage: 'first',
      })
    ).id;
  });

  afterAll(async () => {
    await herald.stop();
    await sftp.stop();
  });

  const as = (key: TestApiKey) => ({ Authorization: bearerFor(key.serviceId, key.secret) });
  const post = (key: TestApiKey, body: object) => request(herald.baseUrl).post('/v2/notifications/letter').set(as(key)).send(body);
  const get = (key: TestApiKey, id: string) =>
    request(herald.baseUrl)
      .get(`/v2/notifications/${id}`)
      .set(as(key))
      .expect(200)
      .then((r) => r.body);
  const pdfOf = (key: TestApiKey, id: string) =>
    eventually(async () => {
      const response = await request(herald.baseUrl)
        .get(`/v2/notifications/${id}/pdf`)
        .set(as(key))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      return response.body as Buffer;
    });
  // Herald's own status (`created`, `sending`, `delivered`…), which the v2 API folds into `accepted` and `received`.
  const storedStatus = async (key: TestApiKey, id: string) => (await herald.notificationSeenByTeam(key.serviceId, id)).status;
  const runPrintTask = (name: string) => herald.runWorkerJob(QUEUES.scheduledTasks, name);
  const aLetter = (key: TestApiKey, personalisation: object = ADDRESS) =>
    post(key, { template_id: templateId, personalisation: { name: 'Jo', office: 'Leeds', ...personalisation }, reference: 'claim-1' })
      .expect(201)
      .then((r) => r.body.id as string);

  it('answers with the filled body and subject', async () => {
    const response = await post(live, {
      template_id: templateId,
      personalisation: { ...ADDRESS, name: 'Jo <Bloggs>', office: 'Leeds' },
      reference: 'claim-1',
    }).expect(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      reference: 'claim-1',
      uri: `${herald.config.api.baseUrl}/v2/notifications/${response.body.id}`,
      template: { id: templateId, version: 1, uri: `${herald.config.api.baseUrl}/services/${live.serviceId}/templates/${templateId}` },
      scheduled_for: null,
      content: {
        body: 'Dear Jo <Bloggs>,\n\n# What happens next\n\n* we check your claim\n* we write to you\n\nSee https://www.gov.uk/claim for more.',
        subject: 'Your claim, Jo &lt;Bloggs&gt;',
      },
    });
  });

  it('renders the letter and serves it as a one-page A4 PDF with the address, contact block and body', async () => {
    const id = await aLetter(live);
    const pdf = await pdfOf(live, id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const document = await PDFDocument.load(pdf);
    expect(document.getPageCount()).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      'Jo Bloggs',
      '1 High Street',
      'LS1 1AA',
      'Claims Office',
      'Your claim, Jo',
      'What happens next',
      'we check your claim',
      'www.gov.uk/claim',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('shows the letter as Notify does once it is rendered', async () => {
    const id = await aLetter(live);
    await pdfOf(live, id);
    const letter = await eventually(async () => {
      const body = await get(live, id);
      expect(body.is_cost_data_ready).toBe(true);
      return body;
    });
    expect(letter).toMatchObject({
      id,
      type: 'letter',
      status: 'accepted',
      reference: 'claim-1',
      email_address: null,
      phone_number: null,
      line_1: 'Jo Bloggs',
      line_2: '1 High Street',
      line_3: 'Leeds',
      line_4: null,
      line_5: null,
      line_6: null,
      postcode: 'ls11aa',
      postage: 'first',
      subject: 'Your claim, Jo',
      body: 'Dear Jo,\n\n# What happens next\n\n* we check your claim\n* we write to you\n\nSee https://www.gov.uk/claim for more.',
      cost_details: { billable_sheets_of_paper: 1, postage: 'first' },
      completed_at: null,
      sent_at: null,
    });
    expect(letter.estimated_delivery).toMatch(/^\d{4}-\d\d-\d\dT1[56]:00:00\.000000Z$/);
    expect(letter.created_at).toMatch(TIMESTAMP);
    expect(letter).not.toHaveProperty('line_7');

    const listed = await request(herald.baseUrl).get('/v2/notifications?template_type=letter&status=accepted').set(as(live)).expect(200);
    expect(listed.body.notifications.find((n: { id: string }) => n.id === id)).toEqual(letter);
  });

  it('posts an international address at the Royal Mail zone postage', async () => {
    const id = await aLetter(live, { address_line_1: 'Jo Bloggs', address_line_2: '1 Rue de Rivoli', address_line_3: '75001 Paris', address_line_4: 'France' });
    expect((await get(live, id)).postage).toBe('europe');
    const usa = await aLetter(live, { address_line_1: 'Jo Bloggs', address_line_2: '1 Main Street', address_line_3: 'Springfield', address_line_4: 'USA' });
    expect((await get(live, usa)).postage).toBe('rest-of-world');
  });

  it('fails validation for a letter over 10 pages', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Section ${i}\n\n---`).join('\n\n');
    const template = await herald.scenario.aLetterTemplate(live.serviceId, { name: 'Long', subject: 'Long', content: long });
    const response = await post(live, { template_id: template.id, personalisation: ADDRESS }).expect(201);
    await eventually(async () => expect((await get(live, response.body.id)).status).toBe('validation-failed'));
    expect(await get(live, response.body.id)).toMatchObject({
      is_cost_data_ready: true,
      cost_in_pounds: 0,
      cost_details: { billable_sheets_of_paper: 0, postage: 'second' },
    });
  });

  it('renders a test key letter and marks it received without printing it', async () => {
    const id = await aLetter(test);
    // Stored as `sending` (public `accepted`); the worker may already have rendered it.
    expect(['accepted', 'received']).toContain((await get(test, id)).status);
    await pdfOf(test, id);
    await eventually(async () => expect((await get(test, id)).status).toBe('received'));
    expect(await herald.notificationSeenByTeam(test.serviceId, id)).toMatchObject({ status: 'delivered', provider: 'simulated' });
  });

  it('keeps a precompiled PDF byte for byte once it passes the checks', async () => {
    const upload = await anA4Pdf(2);
    const response = await post(live, { reference: 'upload-1', content: upload.toString('base64') }).expect(201);
    expect(response.body).toEqual({ id: expect.any(String), reference: 'upload-1', postage: 'second' });
    const pdf = await pdfOf(live, response.body.id);
    expect(pdf.equals(upload)).toBe(true);
    const letter = await get(live, response.body.id);
    expect(letter).toMatchObject({ status: 'accepted', body: '', subject: 'Pre-compiled PDF', line_1: 'Provided as PDF', postage: 'second' });
  });

  it('moves a precompiled file that is not a PDF to validation-failed', async () => {
    const response = await post(live, { reference: 'upload-2', content: Buffer.from('not a pdf at all').toString('base64'), postage: 'first' }).expect(201);
    expect(response.body.postage).toBe('first');
    await eventually(async () => expect((await get(live, response.body.id)).status).toBe('validation-failed'));
  });

  it('sends the day’s batch to the print server and applies its response file', async () => {
    const posted = await aLetter(live);
    const returned = await aLetter(live, { address_line_1: 'Sam Smith', address_line_2: '2 Low Road', address_line_3: 'York', postcode: 'YO1 7HH' });
    const upload = await anA4Pdf(3);
    const precompiled = (await post(live, { reference: 'upload-3', content: upload.toString('base64'), postage: 'economy' }).expect(201)).body.id as string;
    const testLetter = await aLetter(test);
    const served = await Promise.all([posted, returned, precompiled].map((id) => pdfOf(live, id)));
    await pdfOf(test, testLetter);
    await eventually(async () => expect(await storedStatus(live, precompiled)).toBe('created'));

    const printed = await runPrintTask(SCHEDULED_TASKS.printBatch);
    expect(printed).toBeGreaterThanOrEqual(3);

    const [batch] = sftp.list('/print').filter((name) => name.startsWith('herald-'));
    const files = sftp.list(`/print/${batch}`);
    expect(files).toEqual(expect.arrayContaining(['manifest.csv', `${posted}.pdf`, `${returned}.pdf`, `${precompiled}.pdf`]));
    expect(files).not.toContain(`${testLetter}.pdf`);
    expect(sftp.read(`/print/${batch}/${posted}.pdf`).equals(served[0])).toBe(true);
    expect(sftp.read(`/print/${batch}/${precompiled}.pdf`).equals(upload)).toBe(true);
    const manifest = sftp.read(`/print/${batch}/manifest.csv`).toString().trim().split('\n');
    expect(manifest[0]).toBe('notification_id,reference,postage,page_count,file');
    expect(manifest).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${posted},[A-Z0-9]{16},first,1,${posted}\\.pdf$`)),
        expect.stringMatching(new RegExp(`^${precompiled},[A-Z0-9]{16},economy,3,${precompiled}\\.pdf$`)),
      ]),
    );
    for (const id of [posted, returned, precompiled]) {
      expect(await storedStatus(live, id)).toBe('sending');
      expect((await get(live, id)).sent_at).toMatch(TIMESTAMP);
    }
    // A second run never sends the same letters again.
    await runPrintTask(SCHEDULED_TASKS.printBatch);
    const later = sftp.list('/print').filter((name) => name.startsWith('herald-') && name !== batch);
    for (const other of later) expect(sftp.list(`/print/${other}`)).not.toEqual(expect.arrayContaining([`${posted}.pdf`]));

    sftp.put('/print/responses/daily-1.csv', `notification_id,status\n${posted},posted\n${returned},returned\n${testLetter},posted\n`);
    expect(await runPrintTask(SCHEDULED_TASKS.printResponses)).toBe(2);
    expect(await storedStatus(live, posted)).toBe('delivered');
    expect(await storedStatus(live, returned)).toBe('returned-letter');
    expect(await storedStatus(live, precompiled)).toBe('sending');
    expect(await get(live, posted)).toMatchObject({ status: 'received', completed_at: expect.stringMatching(TIMESTAMP) });
    expect((await get(live, returned)).status).toBe('received');
    expect(sftp.list('/print/responses/processed')).toEqual(['daily-1.csv']);
  });
});
