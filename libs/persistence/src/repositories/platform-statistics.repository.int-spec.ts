import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationStatus, TemplateType } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationRepository } from './notification.repository';
import { PlatformStatisticsRepository } from './platform-statistics.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('platform statistics on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let statistics: PlatformStatisticsRepository;
  let busy: { id: string; templates: Record<TemplateType, string> };
  let quiet: string;
  const provider = `test-sms-${randomUUID().slice(0, 8)}`;
  const now = new Date();
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  const aNotification = async (
    channel: TemplateType,
    status: NotificationStatus,
    createdAt: Date,
    extra: { provider?: string; keyType?: 'normal' | 'test' } = {},
  ) => {
    const id = randomUUID();
    await app.get(NotificationRepository).insert({
      id,
      serviceId: busy.id,
      templateId: busy.templates[channel],
      templateVersion: 1,
      apiKeyId: null,
      keyType: extra.keyType ?? 'normal',
      type: channel,
      recipient: channel === 'email' ? 'jo@example.com' : '+447700900123',
      normalisedRecipient: channel === 'email' ? 'jo@example.com' : '447700900123',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt,
    });
    await app
      .get(DataSource)
      .query(`UPDATE notifications SET status = '${status}', provider = ${extra.provider ? `'${extra.provider}'` : 'NULL'} WHERE id = '${id}'`);
    return id;
  };

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    statistics = app.get(PlatformStatisticsRepository);
    const services = app.get(ServiceRepository);
    const templates = app.get(TemplateRepository);
    const id = (await services.create({ name: `Busy ${randomUUID()}`, restricted: false })).id;
    busy = {
      id,
      templates: {
        email: (await templates.create(id, { name: 'Welcome email', type: 'email', subject: 'Hi', content: 'Hello' })).id,
        sms: (await templates.create(id, { name: 'Code text', type: 'sms', subject: null, content: 'Your code' })).id,
        letter: (await templates.create(id, { name: 'Letter', type: 'letter', subject: 'Hi', content: 'Hello' })).id,
      },
    };
    quiet = (await services.create({ name: `Quiet ${randomUUID()}`, restricted: true })).id;
  });
  afterAll(() => app.close());

  it('gives every service its volumes per channel over the period, busiest first, without test keys or older messages', async () => {
    await aNotification('email', 'delivered', minutesAgo(10));
    await aNotification('email', 'permanent-failure', minutesAgo(20));
    await aNotification('email', 'sending', minutesAgo(30));
    await aNotification('sms', 'technical-failure', minutesAgo(40));
    await aNotification('sms', 'delivered', minutesAgo(40), { keyType: 'test' });
    await aNotification('email', 'delivered', minutesAgo(60 * 24 * 8));

    const volumes = await statistics.servicesWithVolumes(minutesAgo(60 * 24 * 7));
    const ours = volumes.filter((v) => v.serviceId === busy.id || v.serviceId === quiet);
    expect(ours.map((v) => v.serviceId)).toEqual([busy.id, quiet]);
    expect(ours[0]).toMatchObject({
      restricted: false,
      byChannel: { email: { sent: 3, delivered: 1, failed: 1 }, sms: { sent: 1, delivered: 0, failed: 1 }, letter: { sent: 0, delivered: 0, failed: 0 } },
      total: { sent: 4, delivered: 1, failed: 2 },
    });
    expect(ours[1]).toMatchObject({ restricted: true, total: { sent: 0, delivered: 0, failed: 0 } });
    expect(volumes.indexOf(ours[0])).toBeLessThan(volumes.indexOf(ours[1]));
  });

  it('counts messages per minute and channel, and adds new ones to their minute', async () => {
    const since = minutesAgo(60);
    const count = async (channel: TemplateType, minute: string) =>
      (await statistics.messagesPerMinute(since)).find((m) => m.channel === channel && m.minute === minute)?.count ?? 0;
    const at = minutesAgo(5);
    const minute = at.toISOString().slice(0, 16).replace('T', ' ');
    const [emails, texts] = [await count('email', minute), await count('sms', minute)];
    // Never left `created`: a worker on this database would replay them.
    await aNotification('email', 'delivered', at);
    await aNotification('email', 'delivered', new Date(at.getTime() + 1));
    await aNotification('sms', 'delivered', at);
    expect([await count('email', minute), await count('sms', minute)]).toEqual([emails + 2, texts + 1]);
    const minutes = (await statistics.messagesPerMinute(since)).map((m) => m.minute);
    expect(minutes).toEqual([...minutes].sort());
  });

  it('gives each provider its delivered and failed share', async () => {
    await aNotification('sms', 'delivered', minutesAgo(3), { provider });
    await aNotification('sms', 'delivered', minutesAgo(3), { provider });
    await aNotification('sms', 'temporary-failure', minutesAgo(3), { provider });
    await aNotification('sms', 'sending', minutesAgo(3), { provider });
    await aNotification('sms', 'delivered', minutesAgo(120), { provider });
    expect((await statistics.providerOutcomes(minutesAgo(60))).filter((p) => p.provider === provider)).toEqual([
      { provider, channel: 'sms', sent: 4, delivered: 2, failed: 1 },
    ]);
  });

  it('finds a notification by id whatever its service, with the template’s name', async () => {
    const id = await aNotification('sms', 'delivered', minutesAgo(1), { provider });
    expect(await statistics.findNotification(id)).toEqual({
      id,
      serviceId: busy.id,
      serviceName: expect.stringMatching(/^Busy /),
      templateId: busy.templates.sms,
      templateName: 'Code text',
      channel: 'sms',
      status: 'delivered',
      provider,
      createdAt: minutesAgo(1),
    });
    expect(await statistics.findNotification(randomUUID())).toBeNull();
  });

  it('counts the callback outbox not yet drained', async () => {
    const before = await statistics.undrainedCallbackEvents();
    const eventId = randomUUID();
    await app
      .get(DataSource)
      .query(
        `INSERT INTO notification_status_events (id, service_id, callback_type, notification_id, status, created_at) VALUES ('${eventId}', '${busy.id}', 'delivery_status', NULL, 'delivered', '2026-01-01 00:00:00')`,
      );
    expect(await statistics.undrainedCallbackEvents()).toBe(before + 1);
    await app.get(DataSource).query(`DELETE FROM notification_status_events WHERE id = '${eventId}'`);
  });
});
