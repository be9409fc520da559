import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import type { DeliveryResult } from '@herald/domain';
import { NotificationRepository, ServiceRepository, TemplateRepository } from '@herald/persistence';
import { aNewNotification, aTestConfig, openPersistence } from '@herald/testing';
import { DeliveryStatusWriter } from './delivery-status-writer';

/** The worker's batched status writes on PostgreSQL: each job learns its own outcome, after it is stored. */
describe('DeliveryStatusWriter', () => {
  let app: INestApplicationContext;
  let notifications: NotificationRepository;
  let writer: DeliveryStatusWriter;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await openPersistence(await aTestConfig());
    notifications = app.get(NotificationRepository);
    writer = new DeliveryStatusWriter(notifications);
    serviceId = (await app.get(ServiceRepository).create({ name: `Writer ${randomUUID()}`, restricted: true })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'T', type: 'email', subject: 'S', content: 'B' })).id;
  });
  afterAll(() => app.close());

  const aStoredEmail = async (): Promise<string> => {
    const email = aNewNotification(serviceId, templateId, { recipient: 'jo@example.gov.uk' });
    await notifications.insert(email);
    return email.id;
  };
  const sending = (providerReference: string): DeliveryResult => ({ provider: 'smtp', providerReference, status: 'sending', sentAt: new Date() });

  it('stores each of many results arriving together before telling its sender', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, () => aStoredEmail()));
    const statusWhenTold = await Promise.all(
      ids.map(async (id) => {
        await writer.record({ serviceId, id, result: sending(`ref-${id}`) });
        return (await notifications.findById(serviceId, id))?.status;
      }),
    );
    expect(statusWhenTold).toEqual(ids.map(() => 'sending'));
    const stored = await Promise.all(ids.map((id) => notifications.findById(serviceId, id)));
    expect(stored.map((notification) => notification?.providerReference)).toEqual(ids.map((id) => `ref-${id}`));
  });

  it('fails only the sender whose result cannot be stored', async () => {
    const [good, bad, alsoGood] = [await aStoredEmail(), await aStoredEmail(), await aStoredEmail()];
    // Longer than the provider_reference column: PostgreSQL refuses the row, and with it the batch's first try.
    const outcomes = await Promise.allSettled([
      writer.record({ serviceId, id: good, result: sending('ref-good') }),
      writer.record({ serviceId, id: bad, result: sending('x'.repeat(300)) }),
      writer.record({ serviceId, id: alsoGood, result: sending('ref-also-good') }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await notifications.findById(serviceId, good))?.status).toBe('sending');
    expect((await notifications.findById(serviceId, bad))?.status).toBe('created');
    expect((await notifications.findById(serviceId, alsoGood))?.status).toBe('sending');
  });
});
