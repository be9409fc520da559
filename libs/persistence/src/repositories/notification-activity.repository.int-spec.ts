import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationStatus, TemplateType } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { LetterRepository } from './letter.repository';
import { NotificationActivityRepository } from './notification-activity.repository';
import { NotificationPurgeRepository } from './notification-purge.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('notification activity on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let activity: NotificationActivityRepository;
  let notifications: NotificationRepository;
  let serviceId: string;
  let otherServiceId: string;
  const templates = new Map<string, string>();
  const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 12, minutes));

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

  const aNotification = async (
    channel: TemplateType,
    recipient: string,
    normalisedRecipient: string,
    options: { service?: string; reference?: string; status?: NotificationStatus; createdAt?: Date; keyType?: 'normal' | 'test' } = {},
  ): Promise<string> => {
    const id = randomUUID();
    const service = options.service ?? serviceId;
    await notifications.insert({
      id,
      serviceId: service,
      templateId: templates.get(`${service}:${channel}`)!,
      templateVersion: 1,
      apiKeyId: null,
      keyType: options.keyType ?? 'normal',
      type: channel,
      recipient,
      normalisedRecipient,
      personalisation: {},
      clientReference: options.reference ?? null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: options.createdAt ?? at(0),
    });
    if (options.status) await app.get(DataSource).query(`UPDATE notifications SET status = '${options.status}' WHERE id = '${id}'`);
    return id;
  };

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    activity = app.get(NotificationActivityRepository);
    notifications = app.get(NotificationRepository);
    serviceId = await aService('Activity');
    otherServiceId = await aService('Other');
  });
  afterAll(() => app.close());

  describe('status history', () => {
    it('records every status change a text goes through, with its time', async () => {
      const id = await aNotification('sms', '07700900123', '447700900123');
      await notifications.recordDelivery(serviceId, id, { provider: 'twilio', providerReference: 'SM1', status: 'sending', sentAt: at(10) });
      await notifications.applyReceipt({ id, providerReference: 'SM1', status: 'delivered', at: at(12) });
      expect(await activity.statusHistory(serviceId, id)).toEqual([
        { status: 'sending', at: at(10) },
        { status: 'delivered', at: at(12) },
      ]);
    });

    it('records nothing for a receipt that is not applied', async () => {
      const id = await aNotification('sms', '07700900123', '447700900123');
      await notifications.recordDelivery(serviceId, id, { provider: 'twilio', providerReference: 'SM2', status: 'sending', sentAt: at(10) });
      await notifications.applyReceipt({ id, providerReference: 'SM2', status: 'delivered', at: at(12) });
      await notifications.applyReceipt({ id, providerReference: 'SM2', status: 'temporary-failure', at: at(13) });
      await notifications.applyReceipt({ id, providerReference: 'SM2', status: 'delivered', at: at(14) });
      expect((await activity.statusHistory(serviceId, id)).map((c) => c.status)).toEqual(['sending', 'delivered']);
    });

    it('records a notification that fails without a provider', async () => {
      const id = await aNotification('email', 'jo@example.com', 'jo@example.com');
      await notifications.fail(serviceId, id, 'technical-failure', at(20));
      expect(await activity.statusHistory(serviceId, id)).toEqual([{ status: 'technical-failure', at: at(20) }]);
    });

    it('records a letter’s moves: sent to print, then posted', async () => {
      const letters = app.get(LetterRepository);
      const id = randomUUID();
      await letters.insert({
        id,
        serviceId,
        templateId: templates.get(`${serviceId}:letter`)!,
        templateVersion: 1,
        apiKeyId: null,
        keyType: 'normal',
        address: 'Jo\n1 Street\nSW1A 1AA',
        personalisation: {},
        clientReference: null,
        postage: 'second',
        letterReference: 'ABCDEFGHIJKLMNOP',
        status: 'created',
        createdAt: at(0),
      });
      await letters.markBatchSent([{ notificationId: id, serviceId }], 'batch-1', 'sending', 'print', at(30));
      await letters.moveStatus(serviceId, id, ['sending'], 'delivered', {}, at(40));
      expect(await letters.moveStatus(serviceId, id, ['sending'], 'delivered', {}, at(41))).toBe(false);
      expect(await activity.statusHistory(serviceId, id)).toEqual([
        { status: 'sending', at: at(30) },
        { status: 'delivered', at: at(40) },
      ]);
    });

    it('starts a letter stored past created with that status', async () => {
      const id = randomUUID();
      await app.get(LetterRepository).insert({
        id,
        serviceId,
        templateId: templates.get(`${serviceId}:letter`)!,
        templateVersion: 1,
        apiKeyId: null,
        keyType: 'test',
        address: 'Jo\n1 Street\nSW1A 1AA',
        personalisation: {},
        clientReference: null,
        postage: 'second',
        letterReference: 'ABCDEFGHIJKLMNOQ',
        status: 'sending',
        createdAt: at(50),
      });
      expect(await activity.statusHistory(serviceId, id)).toEqual([{ status: 'sending', at: at(50) }]);
    });

    it('goes with its notification when the retention purge moves it out', async () => {
      const service = await aService('Purged');
      const id = await aNotification('email', 'jo@example.com', 'jo@example.com', { service, createdAt: at(0) });
      await notifications.fail(service, id, 'technical-failure', at(20));
      expect(await app.get(NotificationPurgeRepository).moveBatchToHistory(service, 'email', at(1), 10)).toBe(1);
      expect(await app.get(DataSource).query(`SELECT id FROM notification_status_history WHERE notification_id = '${id}'`)).toEqual([]);
    });

    it('shows another service nothing of the history', async () => {
      const id = await aNotification('email', 'jo@example.com', 'jo@example.com');
      await notifications.fail(serviceId, id, 'technical-failure', at(20));
      expect(await activity.statusHistory(otherServiceId, id)).toEqual([]);
      expect(await activity.jobRowNumber(otherServiceId, id)).toBeNull();
    });
  });
});
