import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationStatus, TemplateType } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationPurgeRepository } from './notification-purge.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { ServiceStatisticsRepository } from './service-statistics.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('service statistics on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let statistics: ServiceStatisticsRepository;
  let serviceId: string;
  let otherServiceId: string;
  const templates = new Map<string, string>();

  const aNotification = async (
    service: string,
    channel: TemplateType,
    status: NotificationStatus,
    createdAt: Date,
    options: { keyType?: 'normal' | 'test'; recipient?: string } = {},
  ): Promise<string> => {
    const id = randomUUID();
    const recipient = options.recipient ?? (channel === 'email' ? 'jo@example.com' : channel === 'sms' ? '07700900123' : 'Jo\n1 Street\nSW1A 1AA');
    await app.get(NotificationRepository).insert({
      id,
      serviceId: service,
      templateId: templates.get(`${service}:${channel}`)!,
      templateVersion: 1,
      apiKeyId: null,
      keyType: options.keyType ?? 'normal',
      type: channel,
      recipient,
      normalisedRecipient: recipient.toLowerCase(),
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt,
    });
    await app.get(DataSource).query(`UPDATE notifications SET status = '${status}' WHERE id = '${id}'`);
    return id;
  };

  const aService = async (name: string): Promise<string> => {
    const id = (await app.get(ServiceRepository).create({ name: `${name} ${randomUUID()}`, restricted: false })).id;
    for (const type of ['email', 'sms', 'letter'] as const) {
      templates.set(
        `${id}:${type}`,
        (await app.get(TemplateRepository).create(id, { name: `${type} template`, type, subject: type === 'sms' ? null : 'Hi', content: 'Hello' })).id,
      );
    }
    return id;
  };

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    statistics = app.get(ServiceStatisticsRepository);
    serviceId = await aService('Dashboard');
    otherServiceId = await aService('Other');
  });
  afterAll(() => app.close());

  it('counts sent, delivered and failed per UK day and channel, without test keys, other services or older messages', async () => {
    const since = new Date('2026-07-01T00:00:00Z');
    // 23:30 UTC on 10 July is 00:30 on 11 July in London (BST).
    await aNotification(serviceId, 'email', 'delivered', new Date('2026-07-10T23:30:00Z'));
    await aNotification(serviceId, 'email', 'delivered', new Date('2026-07-11T09:00:00Z'));
    await aNotification(serviceId, 'email', 'permanent-failure', new Date('2026-07-11T10:00:00Z'));
    await aNotification(serviceId, 'email', 'sending', new Date('2026-07-11T11:00:00Z'));
    await aNotification(serviceId, 'email', 'technical-failure', new Date('2026-07-10T12:00:00Z'));
    await aNotification(serviceId, 'sms', 'delivered', new Date('2026-07-11T12:00:00Z'));
    await aNotification(serviceId, 'sms', 'temporary-failure', new Date('2026-07-11T12:30:00Z'));
    await aNotification(serviceId, 'letter', 'returned-letter', new Date('2026-07-03T08:00:00Z'));
    await aNotification(serviceId, 'email', 'delivered', new Date('2026-07-11T09:00:00Z'), { keyType: 'test' });
    await aNotification(serviceId, 'email', 'delivered', new Date('2026-06-30T12:00:00Z'));
    await aNotification(otherServiceId, 'email', 'delivered', new Date('2026-07-11T09:00:00Z'));

    expect(await statistics.dailyCounts(serviceId, since)).toEqual([
      { day: '2026-07-03', channel: 'letter', sent: 1, delivered: 0, failed: 1 },
      { day: '2026-07-10', channel: 'email', sent: 1, delivered: 0, failed: 1 },
      { day: '2026-07-11', channel: 'email', sent: 4, delivered: 2, failed: 1 },
      { day: '2026-07-11', channel: 'sms', sent: 2, delivered: 1, failed: 1 },
    ]);
  });

  it('still counts notifications the retention purge moved to the history table', async () => {
    const service = await aService('Purged');
    await aNotification(service, 'sms', 'delivered', new Date('2026-08-02T10:00:00Z'));
    await aNotification(service, 'sms', 'permanent-failure', new Date('2026-08-02T11:00:00Z'));
    await aNotification(service, 'sms', 'delivered', new Date('2026-08-02T12:00:00Z'), { keyType: 'test' });
    expect(await app.get(NotificationPurgeRepository).moveBatchToHistory(service, 'sms', new Date('2026-08-03T00:00:00Z'), 100)).toBe(3);
    await aNotification(service, 'sms', 'delivered', new Date('2026-08-02T13:00:00Z'));

    expect(await statistics.dailyCounts(service, new Date('2026-08-01T00:00:00Z'))).toEqual([
      { day: '2026-08-02', channel: 'sms', sent: 3, delivered: 2, failed: 1 },
    ]);
  });

  it('lists the latest failures of the service, newest first, with recipient and template name', async () => {
    const service = await aService('Failures');
    const older = await aNotification(service, 'email', 'permanent-failure', new Date('2026-09-01T10:00:00Z'), { recipient: 'Old@Example.com' });
    const newer = await aNotification(service, 'sms', 'technical-failure', new Date('2026-09-02T10:00:00Z'));
    await aNotification(service, 'email', 'delivered', new Date('2026-09-02T11:00:00Z'));
    await aNotification(service, 'email', 'permanent-failure', new Date('2026-09-02T12:00:00Z'), { keyType: 'test' });
    await aNotification(service, 'email', 'permanent-failure', new Date('2026-08-20T12:00:00Z'));
    await aNotification(otherServiceId, 'email', 'permanent-failure', new Date('2026-09-02T12:00:00Z'));

    const failures = await statistics.recentFailures(service, new Date('2026-08-26T00:00:00Z'), 10);
    expect(failures).toEqual([
      {
        id: newer,
        channel: 'sms',
        status: 'technical-failure',
        recipient: '07700900123',
        templateId: templates.get(`${service}:sms`),
        templateName: 'sms template',
        createdAt: new Date('2026-09-02T10:00:00Z'),
      },
      {
        id: older,
        channel: 'email',
        status: 'permanent-failure',
        recipient: 'Old@Example.com',
        templateId: templates.get(`${service}:email`),
        templateName: 'email template',
        createdAt: new Date('2026-09-01T10:00:00Z'),
      },
    ]);
    expect(await statistics.recentFailures(service, new Date('2026-08-26T00:00:00Z'), 1)).toHaveLength(1);
  });
});
