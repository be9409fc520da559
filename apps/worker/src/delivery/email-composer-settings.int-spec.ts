import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OutboundEmail } from '@herald/domain';
import { CachedSettings, EmailBrandingRepository, NotificationRepository, ServiceRepository, SettingsChanges, TemplateRepository } from '@herald/persistence';
import { EmailRenderer } from '@herald/templating';
import { aNewNotification, aTestConfig, openPersistence, Scenario } from '@herald/testing';
import { EmailComposer } from './email-composer';
import { EmailTemplateCache } from './email-template-cache';

/**
 * The worker keeps a service's name and branding in memory between emails, as every process keeps
 * its settings (SettingsChanges): a change announced by the repository that made it is used for
 * the next email composed.
 */
describe('composing emails with a service’s cached settings', () => {
  let app: INestApplicationContext;
  let composer: EmailComposer;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    const config = await aTestConfig();
    app = await openPersistence(config);
    const changes = app.get(SettingsChanges);
    // As when the worker's SettingsRelay hears the other processes: what is read may be kept.
    changes.setHearing(true);
    const templates = new EmailTemplateCache(app.get(TemplateRepository));
    composer = new EmailComposer(config, templates, app.get(CachedSettings), app.get(EmailBrandingRepository), changes, new EmailRenderer());
    serviceId = (await new Scenario(app).aService({ name: `Passport Office ${randomUUID().slice(0, 8)}` })).id;
    templateId = (await new Scenario(app).anEmailTemplate(serviceId)).id;
  });
  afterAll(() => app.close());

  const composeOne = async (): Promise<OutboundEmail> => {
    const notifications = app.get(NotificationRepository);
    const email = aNewNotification(serviceId, templateId, { personalisation: { name: 'Jo', date: 'Monday' } });
    await notifications.insert(email);
    return composer.compose((await notifications.findById(serviceId, email.id))!);
  };

  it('sends the next email with the service’s new name and branding once the change is announced', async () => {
    await app.get(EmailBrandingRepository).save(serviceId, { colour: '#1d70b8', bannerText: 'Before' });
    expect((await composeOne()).html).toContain('Before');
    await app.get(ServiceRepository).rename(serviceId, 'Renamed Office');
    await app.get(EmailBrandingRepository).save(serviceId, { colour: '#1d70b8', bannerText: 'After' });
    const email = await composeOne();
    expect(email.from.name).toBe('Renamed Office');
    expect(email.html).toContain('After');
    expect(email.html).not.toContain('Before');
  });

  it('keeps the branding it read while no change is announced, instead of reading it for every email', async () => {
    await app.get(EmailBrandingRepository).save(serviceId, { colour: '#1d70b8', bannerText: 'Kept' });
    expect((await composeOne()).html).toContain('Kept');
    // Written behind the repository's back: nothing announced, so the worker does not read it again.
    await app.get(DataSource).query(`UPDATE email_brandings SET banner_text = 'Unannounced' WHERE service_id = '${serviceId}'`);
    expect((await composeOne()).html).toContain('Kept');
  });
});
