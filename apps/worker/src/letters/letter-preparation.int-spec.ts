import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { LetterContactRepository, LetterRepository, NotificationRepository, TemplateRepository } from '@herald/persistence';
import { LetterPdfRenderer } from '@herald/templating';
import { aTestConfig, openPersistence, pdfText, pdfTextRunDetails, Scenario } from '@herald/testing';
import { LetterPreparationService } from './letter-preparation.service';

const ADDRESS = { address_line_1: 'Rhys ap Gwilym', address_line_2: 'Tŷ Newydd', address_line_3: 'Caerdydd', postcode: 'CF10 1AA' };

/** The worker's letter rendering on PostgreSQL: the template version's language and the letter's format reach the PDF. */
describe('preparing an omnichannel letter', () => {
  let app: INestApplicationContext;
  let preparation: LetterPreparationService;
  let serviceId: string;
  let bilingualTemplateId: string;
  let englishTemplateId: string;

  beforeAll(async () => {
    app = await openPersistence(await aTestConfig());
    const letters = app.get(LetterRepository);
    preparation = new LetterPreparationService(
      app.get(NotificationRepository),
      letters,
      app.get(TemplateRepository),
      new LetterPdfRenderer(),
      app.get(LetterContactRepository),
    );
    const scenario = new Scenario(app);
    serviceId = (await scenario.aService({ permissions: ['letter'] })).id;
    bilingualTemplateId = (
      await scenario.aLetterTemplate(serviceId, {
        subject: 'Your claim, ((name))',
        content: 'Dear ((name)),\n\nWe have your claim.',
        language: 'bilingual',
        welshSubject: 'Eich hawliad, ((name))',
        welshContent: 'Annwyl ((name)),\n\nMae eich hawliad gennym.',
        hidden: true,
      })
    ).id;
    englishTemplateId = (await scenario.aLetterTemplate(serviceId, { subject: 'Your claim', content: 'Dear ((name)),\n\nWe have your claim.' })).id;
  });
  afterAll(() => app.close());

  const aLetter = async (templateId: string, letterFormat?: string): Promise<string> => {
    const id = randomUUID();
    await app.get(NotificationRepository).insert({
      id,
      serviceId,
      templateId,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: 'letter',
      recipient: Object.values(ADDRESS).join('\n'),
      normalisedRecipient: Object.values(ADDRESS).join(' '),
      personalisation: { ...ADDRESS, name: 'Rhys' },
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date('2026-12-04T10:00:00Z'),
      letter: { postage: 'second', reference: null },
      letterFormat,
    });
    return id;
  };
  const renderedPdf = async (id: string): Promise<Buffer> => {
    expect(await preparation.prepare({ serviceId, notificationId: id })).toBe('rendered');
    const stored = await app.get(LetterRepository).findPdf(serviceId, id);
    return stored!.pdf;
  };

  it('R-LF-1: a bilingual variant is printed Welsh pages first, filled, with the Welsh date', async () => {
    const text = pdfText(await renderedPdf(await aLetter(bilingualTemplateId)));
    expect(text.indexOf('Eich hawliad, Rhys')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Eich hawliad, Rhys')).toBeLessThan(text.indexOf('Your claim, Rhys'));
    for (const line of ['4 Rhagfyr 2026', 'Tudalen 1 o 1', 'Page 1 of 1', 'Mae eich hawliad gennym.']) expect(text).toContain(line);
  });

  it('R-LF-4: a letter whose recipient needs large print is rendered at 16 pt or more; another stays standard', async () => {
    const bodySize = async (id: string) => pdfTextRunDetails(await renderedPdf(id)).find((run) => run.text === 'We have your claim.')?.fontSize;
    expect(await bodySize(await aLetter(englishTemplateId, 'large_print'))).toBeGreaterThanOrEqual(16);
    expect(await bodySize(await aLetter(englishTemplateId))).toBeLessThan(16);
  });
});
