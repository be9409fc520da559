import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TemplateType } from '@herald/domain';
import { DataRetentionRepository, NotificationPurgeRepository, NotificationRepository, ServiceRepository, TemplateRepository } from '@herald/persistence';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationRetentionService } from './notification-retention.service';

const DAY = 24 * 60 * 60 * 1000;

describe.each(BOTH_DATABASES)('the notification retention purge on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let purge: NotificationRetentionService;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    purge = new NotificationRetentionService(app.get(DataRetentionRepository), app.get(NotificationPurgeRepository));
  });
  afterAll(() => app.close());

  const aService = async (): Promise<string> => (await app.get(ServiceRepository).create({ name: `Retention ${randomUUID()}`, restricted: false })).id;
  const aNotification = async (serviceId: string, type: TemplateType, ageDays: number): Promise<string> => {
    const template = await app.get(TemplateRepository).create(serviceId, { name: 'T', type, subject: type === 'sms' ? null : 'S', content: 'Hi ((name))' });
    const id = randomUUID();
    await app.get(NotificationRepository).insert({
      id,
      serviceId,
      templateId: template.id,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type,
      recipient: type === 'sms' ? '07700900123' : 'jo@example.gov.uk',
      normalisedRecipient: 'x',
      personalisation: { name: 'Jo' },
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(Date.now() - ageDays * DAY),
    });
    // Not left `created`: a worker on this shared database (a later suite) would replay and send it.
    await app.get(DataSource).createQueryBuilder().update('notifications').set({ status: 'delivered' }).where('id = :id', { id }).execute();
    return id;
  };
  const exists = async (serviceId: string, id: string): Promise<boolean> => (await app.get(NotificationRepository).findById(serviceId, id)) !== null;

  it('keeps each channel for the days its service chose, and 7 days by default', async () => {
    const serviceId = await aService();
    await app.get(DataRetentionRepository).set(serviceId, 'sms', 3);
    await app.get(DataRetentionRepository).set(serviceId, 'letter', 30);
    const email8 = await aNotification(serviceId, 'email', 8);
    const email6 = await aNotification(serviceId, 'email', 6);
    const sms4 = await aNotification(serviceId, 'sms', 4);
    const sms2 = await aNotification(serviceId, 'sms', 2);
    const letter20 = await aNotification(serviceId, 'letter', 20);
    const defaultService = await aService();
    const other8 = await aNotification(defaultService, 'sms', 8);
    const other6 = await aNotification(defaultService, 'sms', 6);

    expect(await purge.purge()).toBeGreaterThanOrEqual(3);

    expect(await exists(serviceId, email8)).toBe(false);
    expect(await exists(serviceId, email6)).toBe(true);
    expect(await exists(serviceId, sms4)).toBe(false);
    expect(await exists(serviceId, sms2)).toBe(true);
    expect(await exists(serviceId, letter20)).toBe(true);
    expect(await exists(defaultService, other8)).toBe(false);
    expect(await exists(defaultService, other6)).toBe(true);
    expect(await purge.purge()).toBe(0);
  });
});
