import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TemplateType } from '@herald/domain';
import { aNewNotification, BOTH_DATABASES, openPersistence } from '@herald/testing';
import { AlternativeFormatEntity } from '../entities/alternative-format.entity';
import { ComplaintEntity } from '../entities/complaint.entity';
import { LetterPdfEntity } from '../entities/letter-pdf.entity';
import { NotificationStatusChangeEntity } from '../entities/notification-status-change.entity';
import { PurposeLogEntity } from '../entities/purpose-log.entity';
import { MessagePurgeRepository } from './message-purge.repository';
import { NotificationPurgeRepository } from './notification-purge.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

const DAY = 24 * 60 * 60 * 1000;

/** The purges' batches: what one batch takes with it, and two purges running at once. */
describe.each(BOTH_DATABASES)('retention purge batches on %s', (name, makeConfig) => {
  let app: INestApplicationContext;
  let db: DataSource;
  let serviceId: string;
  const before = new Date(Date.now() - 7 * DAY);

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    db = app.get(DataSource);
  });
  beforeEach(async () => {
    serviceId = (await app.get(ServiceRepository).create({ name: `Purge batches ${randomUUID()}`, restricted: false })).id;
  });
  afterAll(() => app.close());

  const aNotification = async (type: TemplateType, ageDays: number): Promise<string> => {
    const template = await app.get(TemplateRepository).create(serviceId, { name: 'T', type, subject: type === 'sms' ? null : 'S', content: 'Hi ((name))' });
    const recipient = type === 'sms' ? '07700900123' : 'jo@example.gov.uk';
    const notification = aNewNotification(serviceId, template.id, {
      type,
      recipient,
      personalisation: { name: 'Jo' },
      createdAt: new Date(Date.now() - ageDays * DAY),
    });
    await app.get(NotificationRepository).insert(notification);
    const { id } = notification;
    // Not left `created`: nothing should look like it still needs sending.
    await db.createQueryBuilder().update('notifications').set({ status: 'delivered' }).where('id = :id', { id }).execute();
    return id;
  };
  const withEverythingAttached = async (notificationId: string): Promise<void> => {
    const at = new Date();
    await db.getRepository(NotificationStatusChangeEntity).insert({ id: randomUUID(), notificationId, serviceId, status: 'delivered', createdAt: at });
    await db
      .getRepository(LetterPdfEntity)
      .insert({ notificationId, serviceId, source: 'rendered', pdf: 'x', pageCount: 1, byteSize: 1, printBatch: null, createdAt: at });
    await db
      .getRepository(ComplaintEntity)
      .insert({ id: randomUUID(), notificationId, serviceId, complaintType: null, complaintDate: at, source: 'ses', createdAt: at });
    await db.getRepository(AlternativeFormatEntity).insert({
      notificationId,
      serviceId,
      messageId: randomUUID(),
      format: 'braille',
      renderedText: 'encrypted text',
      createdAt: at,
      doneById: null,
      doneAt: null,
    });
  };
  const attached = async (notificationId: string): Promise<number[]> => [
    await db.getRepository(NotificationStatusChangeEntity).countBy({ notificationId }),
    await db.getRepository(LetterPdfEntity).countBy({ notificationId }),
    await db.getRepository(ComplaintEntity).countBy({ notificationId }),
    await db.getRepository(AlternativeFormatEntity).countBy({ notificationId }),
  ];
  const historyCount = async (): Promise<number> =>
    Number(
      (
        await db
          .createQueryBuilder()
          .select('count(*)', 'count')
          .from('notification_history', 'h')
          .where('h.service_id = :serviceId', { serviceId })
          .getRawOne()
      ).count,
    );

  it('takes a purged notification’s status history, letter PDF, complaints and alternative-format text with it, and leaves a recent one’s', async () => {
    const old = await aNotification('letter', 10);
    const recent = await aNotification('letter', 1);
    await withEverythingAttached(old);
    await withEverythingAttached(recent);

    expect(await app.get(NotificationPurgeRepository).moveBatchToHistory(serviceId, 'letter', before, 10)).toBe(1);

    expect(await attached(old)).toEqual([0, 0, 0, 0]);
    expect(await attached(recent)).toEqual([1, 1, 1, 1]);
    expect(await historyCount()).toBe(1);
  });

  // Several workers share one PostgreSQL; the embedded SQLite start is one process with one connection.
  const onPostgres = name === 'PostgreSQL';
  (onPostgres ? it : it.skip)('moves each old notification to the history once when two purges run at once', async () => {
    const old = await Promise.all(Array.from({ length: 7 }, (_unused, i) => aNotification('email', 8 + i)));
    const recent = await aNotification('email', 1);
    const purges = app.get(NotificationPurgeRepository);
    const purgeAll = async (): Promise<number> => {
      let moved = 0;
      for (let batch = -1; batch !== 0; moved += batch) batch = await purges.moveBatchToHistory(serviceId, 'email', before, 2);
      return moved;
    };

    const [first, second] = await Promise.all([purgeAll(), purgeAll()]);

    expect(first + second).toBe(old.length);
    expect(await historyCount()).toBe(old.length);
    for (const id of old) expect(await app.get(NotificationRepository).findById(serviceId, id)).toBeNull();
    expect(await app.get(NotificationRepository).findById(serviceId, recent)).not.toBeNull();
  });

  it('deletes the purpose log a batch at a time, oldest first, and keeps what is still within its retention', async () => {
    const cutoff = new Date(Date.now() - 700 * DAY);
    const entry = (ageDays: number): PurposeLogEntity => ({
      id: randomUUID(),
      at: new Date(Date.now() - ageDays * DAY),
      serviceId,
      registerName: 'population',
      recipientKey: `key-${randomUUID()}`,
      purpose: 'benefits',
      purposeLabel: 'Your benefits',
      messageId: null,
      fieldsRequested: '[]',
      fieldsReturned: '[]',
      outcome: 'found',
      requestHash: null,
    });
    const kept = entry(10);
    await db.getRepository(PurposeLogEntity).insert([entry(800), entry(750), entry(720), kept]);
    const purges = app.get(MessagePurgeRepository);

    expect(await purges.deletePurposeLogBatch(cutoff, 2)).toBe(2);
    expect(await purges.deletePurposeLogBatch(cutoff, 2)).toBe(1);
    expect(await purges.deletePurposeLogBatch(cutoff, 2)).toBe(0);
    expect(await db.getRepository(PurposeLogEntity).countBy({ serviceId })).toBe(1);
    expect(await db.getRepository(PurposeLogEntity).findOneBy({ id: kept.id })).not.toBeNull();
  });
});
