import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { CachedSettings, EmailBrandingRepository, NotificationRepository, SettingsChanges, TemplateRepository } from '@herald/persistence';
import { EmailRenderer } from '@herald/templating';
import { aTestConfig, openPersistence, Scenario } from '@herald/testing';
import { EmailComposer } from './email-composer';
import { EmailTemplateCache } from './email-template-cache';

/** The worker's email composition on PostgreSQL: a template-set variant's language reaches the HTML. */
describe('composing an omnichannel email', () => {
  let app: INestApplicationContext;
  let composer: EmailComposer;
  let serviceId: string;

  beforeAll(async () => {
    const config = await aTestConfig();
    app = await openPersistence(config);
    const templates = new EmailTemplateCache(app.get(TemplateRepository));
    const brandings = app.get(EmailBrandingRepository);
    composer = new EmailComposer(config, templates, app.get(CachedSettings), brandings, app.get(SettingsChanges), new EmailRenderer());
    serviceId = (await new Scenario(app).aService()).id;
  });
  afterAll(() => app.close());

  const composed = async (template: { subject: string; content: string; language: string }) => {
    const version = await app.get(TemplateRepository).create(serviceId, { name: `Variant ${randomUUID()}`, type: 'email', hidden: true, ...template });
    const id = randomUUID();
    const notifications = app.get(NotificationRepository);
    await notifications.insert({
      id,
      serviceId,
      templateId: version.id,
      templateVersion: version.version,
      apiKeyId: null,
      keyType: 'normal',
      type: 'email',
      recipient: 'rhys@example.com',
      normalisedRecipient: 'rhys@example.com',
      personalisation: { name: 'Rhys' },
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(),
    });
    return composer.compose((await notifications.findById(serviceId, id))!);
  };

  it('R-LF-2: a Welsh variant is sent with lang="cy" on the html root', async () => {
    const email = await composed({ subject: 'Eich apwyntiad', content: 'Helo ((name))', language: 'cy' });
    expect(email.html).toMatch(/<html lang="cy">/);
  });

  it('R-LF-2: a bilingual variant is sent with one lang="cy" and one lang="en" block', async () => {
    const email = await composed({
      subject: 'Apwyntiad / Appointment',
      content: '[[cy]]Helo ((name))[[/cy]]\n\n[[en]]Hello ((name))[[/en]]',
      language: 'bilingual',
    });
    expect(email.html.match(/<div lang="cy">/g)).toHaveLength(1);
    expect(email.html.match(/<div lang="en">/g)).toHaveLength(1);
    expect(email.text).toContain('Helo Rhys\n\nHello Rhys');
  });
});
