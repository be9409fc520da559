import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NewNotification } from '@herald/domain';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('provider receipts on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let notifications: NotificationRepository;
  let serviceId: string;
  let templateId: string;
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    notifications = app.get(NotificationRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Receipts ${randomUUID()}`, restricted: false })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'Text', type: 'sms', subject: null, content: 'Hello' })).id;
  });
  afterAll(() => app.close());

  const aText = async (): Promise<string> => {
    const notification: NewNotification = {
      id: randomUUID(),
      serviceId,
      templateId,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: 'sms',
      recipient: '07700900123',
      normalisedRecipient: '447700900123',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: at(0),
    };
    await notifications.insert(notification);
    return notification.id;
  };
  const aSentText = async (providerReference = `SM${randomUUID()}`) => {
    const id = await aText();
    await notifications.recordDelivery(serviceId, id, { provider: 'twilio', providerReference, status: 'sending', sentAt: at(1) });
    return { id, providerReference };
  };
  const reportedStatuses = async (id: string): Promise<string[]> =>
    (
      (await app.get(DataSource).query(`SELECT status FROM notification_status_events WHERE notification_id = '${id}' ORDER BY created_at`)) as Array<{
        status: string;
      }>
    ).map((r) => r.status);

  it('moves a sending text to delivered, with the receipt’s time as updated_at, and reports the change', async () => {
    const { id, providerReference } = await aSentText();
    expect(await notifications.applyReceipt({ id, providerReference, status: 'delivered', at: at(5) })).toEqual({ applied: true, serviceId, from: 'sending' });
    expect(await notifications.findById(serviceId, id)).toMatchObject({ status: 'delivered', updatedAt: at(5), sentAt: at(1) });
    expect(await reportedStatuses(id)).toEqual(['delivered']);
  });

  it('applies a repeated receipt once', async () => {
    const { id, providerReference } = await aSentText();
    await notifications.applyReceipt({ id, providerReference, status: 'delivered', at: at(5) });
    expect(await notifications.applyReceipt({ id, providerReference, status: 'delivered', at: at(6) })).toMatchObject({
      applied: false,
      reason: 'not-forward',
    });
    expect(await notifications.findById(serviceId, id)).toMatchObject({ status: 'delivered', updatedAt: at(5) });
    expect(await reportedStatuses(id)).toEqual(['delivered']);
  });

  it('ignores a late receipt that would take a delivered text back to sending', async () => {
    const { id, providerReference } = await aSentText();
    await notifications.applyReceipt({ id, providerReference, status: 'delivered', at: at(5) });
    expect((await notifications.applyReceipt({ id, providerReference, status: 'sending', at: at(6) })).applied).toBe(false);
    expect(await notifications.applyReceipt({ id, providerReference, status: 'temporary-failure', at: at(7) })).toMatchObject({
      applied: false,
      from: 'delivered',
    });
    expect((await notifications.findById(serviceId, id))?.status).toBe('delivered');
  });

  it('ignores a receipt for another message of the provider', async () => {
    const { id } = await aSentText();
    expect(await notifications.applyReceipt({ id, providerReference: 'SMsomeoneelse', status: 'delivered', at: at(5) })).toMatchObject({
      applied: false,
      reason: 'reference-mismatch',
    });
    expect((await notifications.findById(serviceId, id))?.status).toBe('sending');
  });

  it('does not find a notification of another service', async () => {
    const { id, providerReference } = await aSentText();
    expect(await notifications.applyReceipt({ id, serviceId: randomUUID(), providerReference, status: 'delivered', at: at(5) })).toEqual({
      applied: false,
      reason: 'not-found',
    });
  });

  it('keeps a receipt that came before the worker recorded sending, and still records the provider’s reference', async () => {
    const id = await aText();
    const providerReference = `SM${randomUUID()}`;
    expect((await notifications.applyReceipt({ id, providerReference, status: 'delivered', at: at(2) })).applied).toBe(true);
    await notifications.recordDelivery(serviceId, id, { provider: 'twilio', providerReference, status: 'sending', sentAt: at(1) });
    expect(await notifications.findById(serviceId, id)).toMatchObject({
      status: 'delivered',
      provider: 'twilio',
      providerReference,
      sentAt: at(1),
      updatedAt: at(2),
    });
    expect(await reportedStatuses(id)).toEqual(['delivered']);
  });

  it('ends with the final status when receipts arrive twice and out of order', async () => {
    const { id, providerReference } = await aSentText();
    for (const status of ['delivered', 'sending', 'delivered', 'pending'] as const) {
      await notifications.applyReceipt({ id, providerReference, status, at: at(5) });
    }
    expect((await notifications.findById(serviceId, id))?.status).toBe('delivered');
    expect(await reportedStatuses(id)).toEqual(['delivered']);
  });

  it('finds texts still waiting for a receipt, sent before a moment', async () => {
    const old = await aSentText();
    const delivered = await aSentText();
    await notifications.applyReceipt({ ...delivered, status: 'delivered', at: at(2) });
    const waiting = await notifications.findAwaitingReceiptSentBefore(at(2), 10_000);
    expect(waiting).toContainEqual({ id: old.id, serviceId });
    expect(waiting.map((w) => w.id)).not.toContain(delivered.id);
    expect((await notifications.findAwaitingReceiptSentBefore(at(1), 10_000)).map((w) => w.id)).not.toContain(old.id);
  });
});
