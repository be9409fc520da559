import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NewNotification } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

/** The columns that differ between two encryptions of the same value, or that name the row. */
const ALWAYS_DIFFERENT = ['id', 'recipient', 'personalisation'];

describe.each(BOTH_DATABASES)('new notifications written with fixed SQL on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let notifications: NotificationRepository;
  let serviceId: string;
  let templateId: string;
  const [apiKeyId, messageId] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    notifications = app.get(NotificationRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Inserts ${randomUUID()}`, restricted: false })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'Text', type: 'sms', subject: null, content: 'Hello' })).id;
  });
  afterAll(() => app.close());

  const aText = (overrides: Partial<NewNotification> = {}): NewNotification => ({
    id: randomUUID(),
    serviceId,
    templateId,
    templateVersion: 1,
    apiKeyId,
    keyType: 'team',
    type: 'sms',
    recipient: '+1 664 491 2345',
    normalisedRecipient: '16644912345',
    personalisation: { name: 'Jo', 'odd key': ['a', 1, null] },
    clientReference: 'ref "quoted" \\ slashed, {braced}',
    replyTo: null,
    oneClickUnsubscribeUrl: null,
    createdById: null,
    createdAt: new Date('2026-12-05T10:11:12.345Z'),
    billableUnits: 2,
    sms: { sender: 'HERALD', international: true, phonePrefix: '1664', rateMultiplier: 1.5 },
    messageId,
    ...overrides,
  });
  const rawRows = async (ids: string[]) => {
    const rows = (await app.get(DataSource).getRepository('notifications').createQueryBuilder('n').where('n.id IN (:...ids)', { ids }).getRawMany()) as Record<
      string,
      unknown
    >[];
    return ids.map((id) =>
      Object.fromEntries(Object.entries(rows.find((row) => row.n_id === id)!).filter(([column]) => !ALWAYS_DIFFERENT.includes(column.slice(2)))),
    );
  };

  it('stores every row of a batch exactly as TypeORM stores one', async () => {
    const byOrm = aText();
    const batch = [
      aText(),
      aText({ type: 'email', recipient: 'Jo@Example.com', normalisedRecipient: 'jo@example.com', sms: undefined, replyTo: 'r@example.com' }),
    ];
    await app.get(DataSource).transaction((manager) => notifications.insert(byOrm, manager));
    await notifications.insertMany(batch);
    const [orm, first] = await rawRows([byOrm.id, batch[0].id]);
    expect(first).toEqual(orm);
    expect(await notifications.findById(serviceId, batch[0].id)).toEqual({ ...(await notifications.findById(serviceId, byOrm.id)), id: batch[0].id });
    expect(await notifications.findById(serviceId, batch[1].id)).toMatchObject({
      type: 'email',
      recipient: 'Jo@Example.com',
      replyTo: 'r@example.com',
      sms: null,
    });
  });

  it('stores one alone through the same statement', async () => {
    const alone = aText({ sms: { sender: null, international: false, phonePrefix: '44', rateMultiplier: 1 }, jobId: randomUUID(), jobRowNumber: 7 });
    await notifications.insert(alone);
    expect(await notifications.findById(serviceId, alone.id)).toMatchObject({
      jobId: alone.jobId,
      sms: { sender: null, international: false, rateMultiplier: 1 },
    });
  });

  it('stores none of a batch when one of its rows cannot be stored', async () => {
    const stored = aText();
    await notifications.insert(stored);
    const innocent = aText();
    await expect(notifications.insertMany([innocent, { ...aText(), id: stored.id }])).rejects.toThrow();
    expect(await notifications.findById(serviceId, innocent.id)).toBeNull();
  });
});
