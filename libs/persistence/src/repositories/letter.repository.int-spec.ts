import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NewLetter } from '@herald/domain';
import { LetterRepository } from './letter.repository';
import { NotificationRepository } from './notification.repository';
import { PrecompiledTemplateRepository } from './precompiled-template.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('letters on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let letters: LetterRepository;
  let serviceId: string;
  let otherServiceId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    letters = app.get(LetterRepository);
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Letters ${randomUUID()}`, restricted: false })).id;
    otherServiceId = (await services.create({ name: `Letters other ${randomUUID()}`, restricted: false })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'L', type: 'letter', subject: 'S', content: 'C' })).id;
  });
  afterAll(() => app.close());

  const aLetter = (overrides: Partial<NewLetter> = {}): NewLetter => ({
    id: randomUUID(),
    serviceId,
    templateId,
    templateVersion: 1,
    apiKeyId: null,
    keyType: 'normal',
    address: 'Jo\n1 High St\nLS1 1AA',
    personalisation: { address_line_1: 'Jo' },
    clientReference: null,
    postage: 'second',
    letterReference: 'ABCDEFGHIJKLMNOP',
    status: 'created',
    createdAt: new Date(),
    ...overrides,
  });

  it('stores the postage and internal reference on the notification', async () => {
    const letter = aLetter({ postage: 'europe' });
    await letters.insert(letter);
    const stored = await app.get(NotificationRepository).findById(serviceId, letter.id);
    expect(stored).toMatchObject({
      type: 'letter',
      status: 'created',
      recipient: 'Jo\n1 High St\nLS1 1AA',
      letter: { postage: 'europe', reference: 'ABCDEFGHIJKLMNOP' },
    });
  });

  it('keeps the PDF encrypted at rest, and only its own service can read it', async () => {
    const letter = aLetter();
    await letters.insert(letter);
    const pdf = Buffer.from('%PDF-1.4 Jo Bloggs 1 High Street');
    await letters.savePdf(serviceId, letter.id, pdf, 1);
    const [raw] = await app.get(DataSource).query(`SELECT pdf FROM letter_pdfs WHERE notification_id = '${letter.id}'`);
    expect(raw.pdf).not.toContain(pdf.toString('base64'));
    expect(await letters.findPdf(serviceId, letter.id)).toEqual({ source: 'rendered', pdf, pageCount: 1 });
    expect(await letters.findPdf(otherServiceId, letter.id)).toBeNull();
    await letters.savePdf(serviceId, letter.id, Buffer.from('%PDF-second render'), 2);
    expect((await letters.findPdf(serviceId, letter.id))?.pdf).toEqual(pdf);
  });

  it('offers only rendered live letters still created for print, and marks a batch sent', async () => {
    const ready = aLetter();
    const unrendered = aLetter();
    const test = aLetter({ keyType: 'test', status: 'sending' });
    for (const l of [ready, unrendered, test]) await letters.insert(l);
    await letters.savePdf(serviceId, ready.id, Buffer.from('%PDF-ready'), 3);
    await letters.savePdf(serviceId, test.id, Buffer.from('%PDF-test'), 1);
    const offered = await letters.findReadyForPrint(10_000);
    expect(offered).toContainEqual({ notificationId: ready.id, serviceId, reference: 'ABCDEFGHIJKLMNOP', postage: 'second', pageCount: 3 });
    expect(offered.map((l) => l.notificationId)).not.toEqual(expect.arrayContaining([unrendered.id]));
    expect(offered.map((l) => l.notificationId)).not.toContain(test.id);
    expect((await letters.findUnrenderedBefore(new Date(Date.now() + 1000), 10_000)).map((l) => l.id)).toContain(unrendered.id);

    await letters.markBatchSent([{ notificationId: ready.id, serviceId }], 'batch-x', 'sending', 'sftp-print');
    expect((await letters.findReadyForPrint(10_000)).map((l) => l.notificationId)).not.toContain(ready.id);
    expect(await app.get(NotificationRepository).findById(serviceId, ready.id)).toMatchObject({
      status: 'sending',
      provider: 'sftp-print',
      providerReference: 'batch-x',
    });

    expect(await letters.applyPrintOutcome(ready.id, 'delivered')).toBe(true);
    expect(await letters.applyPrintOutcome(ready.id, 'delivered')).toBe(false);
    expect(await letters.applyPrintOutcome(ready.id, 'returned-letter')).toBe(true);
    expect(await letters.applyPrintOutcome(test.id, 'delivered')).toBe(false);
  });

  it('makes one hidden precompiled template per service', async () => {
    const templates = app.get(PrecompiledTemplateRepository);
    const [first, second] = await Promise.all([templates.findOrCreate(serviceId), templates.findOrCreate(serviceId)]);
    expect(first).toEqual(second);
    expect(await app.get(TemplateRepository).findVersion(serviceId, first.id, 1)).toMatchObject({
      hidden: true,
      name: 'Pre-compiled PDF',
      subject: 'Pre-compiled PDF',
      content: '',
      postage: 'second',
    });
    expect((await templates.findOrCreate(otherServiceId)).id).not.toBe(first.id);
    expect((await app.get(TemplateRepository).listCurrent(serviceId)).map((t) => t.id)).not.toContain(first.id);
  });
});
