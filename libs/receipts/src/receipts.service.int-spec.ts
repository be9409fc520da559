import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KeyType, NewNotification, TemplateType } from '@herald/domain';
import { ComplaintRepository, NotificationRepository, ServiceRepository, TemplateRepository } from '@herald/persistence';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { ReceiptsService } from './receipts.service';
import { sendingTimeoutReceipt } from './sending-timeout/sending-timeout-receipt';

/** applyReceipt, the one path of every receipt, against the real databases. */
describe.each(BOTH_DATABASES)('applyReceipt on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let receipts: ReceiptsService;
  let notifications: NotificationRepository;
  let serviceId: string;
  const templates = new Map<TemplateType, string>();
  const at = new Date(Date.UTC(2026, 0, 1, 12, 5));

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    notifications = app.get(NotificationRepository);
    receipts = new ReceiptsService(notifications, app.get(ComplaintRepository));
    serviceId = (await app.get(ServiceRepository).create({ name: `Receipts ${randomUUID()}`, restricted: false })).id;
    for (const type of ['email', 'sms'] as const) {
      templates.set(
        type,
        (await app.get(TemplateRepository).create(serviceId, { name: type, type, subject: type === 'email' ? 'Hi' : null, content: 'Hello' })).id,
      );
    }
  });
  afterAll(() => app.close());

  /** A notification the provider has accepted (status `sending`, its reference recorded). */
  const aSent = async (type: 'email' | 'sms', keyType: KeyType = 'normal', providerReference = `ref-${randomUUID()}`): Promise<string> => {
    const notification: NewNotification = {
      id: randomUUID(),
      serviceId,
      templateId: templates.get(type)!,
      templateVersion: 1,
      apiKeyId: null,
      keyType,
      type,
      recipient: type === 'email' ? 'someone@example.com' : '07700900123',
      normalisedRecipient: type === 'email' ? 'someone@example.com' : '447700900123',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(Date.UTC(2026, 0, 1, 12)),
    };
    await notifications.insert(notification);
    await notifications.recordDelivery(serviceId, notification.id, {
      provider: 'p',
      providerReference,
      status: 'sending',
      sentAt: new Date(Date.UTC(2026, 0, 1, 12, 1)),
    });
    return notification.id;
  };
  const outbox = async (id: string): Promise<string[]> =>
    (
      (await app.get(DataSource).query(`SELECT callback_type, status FROM notification_status_events WHERE notification_id = '${id}'`)) as Array<{
        callback_type: string;
        status: string | null;
      }>
    ).map((r) => `${r.callback_type}:${r.status ?? ''}`);

  it('moves a text forward and writes its delivery-status callback with the change', async () => {
    const id = await aSent('sms', 'normal', 'SM1-a');
    expect(await receipts.applyReceipt({ kind: 'status', source: 'twilio', notificationId: id, providerReference: 'SM1-a', status: 'delivered', at })).toEqual({
      applied: true,
      serviceId,
    });
    expect(await notifications.findById(serviceId, id)).toMatchObject({ status: 'delivered', updatedAt: at });
    expect(await outbox(id)).toEqual(['delivery_status:delivered']);
  });

  it('applies a repeated or backward receipt not at all', async () => {
    const id = await aSent('email');
    await receipts.applyReceipt({ kind: 'status', source: 'ses', notificationId: id, status: 'delivered', at });
    expect(await receipts.applyReceipt({ kind: 'status', source: 'bounce-mailbox', notificationId: id, status: 'temporary-failure', at })).toEqual({
      applied: false,
      reason: 'not-forward',
    });
    expect(await outbox(id)).toEqual(['delivery_status:delivered']);
  });

  it('lets a source speak only for its own channel', async () => {
    const email = await aSent('email');
    expect(await receipts.applyReceipt({ kind: 'status', source: 'twilio', notificationId: email, status: 'delivered', at })).toEqual({
      applied: false,
      reason: 'not-found',
    });
    expect(await receipts.applyReceipt({ kind: 'status', source: 'print-provider', notificationId: email, status: 'delivered', at })).toEqual({
      applied: false,
      reason: 'not-found',
    });
  });

  it('ignores a provider’s receipt for a test key’s notification, but times it out like any other', async () => {
    const id = await aSent('sms', 'test');
    expect(await receipts.applyReceipt({ kind: 'status', source: 'twilio', notificationId: id, status: 'delivered', at })).toEqual({
      applied: false,
      reason: 'not-found',
    });
    expect(await receipts.applyReceipt(sendingTimeoutReceipt({ id, serviceId }, at))).toEqual({ applied: true, serviceId });
  });

  it('refuses a receipt for another message of the provider', async () => {
    const id = await aSent('sms', 'normal', 'SM-mine');
    expect(
      await receipts.applyReceipt({ kind: 'status', source: 'twilio', notificationId: id, providerReference: 'SM-theirs', status: 'delivered', at }),
    ).toEqual({ applied: false, reason: 'reference-mismatch' });
  });

  it('records a complaint about an email once, with one complaint callback', async () => {
    const id = await aSent('email');
    const complaint = { kind: 'complaint', source: 'ses', notificationId: id, complaintType: 'abuse', at, reportKey: `fb-${id}` } as const;
    expect(await receipts.applyReceipt(complaint)).toEqual({ applied: true, serviceId });
    expect(await receipts.applyReceipt(complaint)).toEqual({ applied: false, reason: 'repeated' });
    expect(await app.get(ComplaintRepository).findByNotification(serviceId, id)).toHaveLength(1);
    expect(await outbox(id)).toEqual(['complaint:']);
  });

  it('ignores a complaint about a text', async () => {
    const id = await aSent('sms');
    expect(await receipts.applyReceipt({ kind: 'complaint', source: 'bounce-mailbox', notificationId: id, complaintType: null, at, reportKey: 'r' })).toEqual({
      applied: false,
      reason: 'not-found',
    });
  });
});
