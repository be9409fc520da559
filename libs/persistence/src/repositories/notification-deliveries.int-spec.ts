import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryResult } from '@herald/domain';
import { aNewNotification, BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationClaimRepository } from './notification-claim.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

/** The worker's delivery writes: the claim that reads the row back, and results recorded in batches. */
describe.each(BOTH_DATABASES)('delivery writes on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let notifications: NotificationRepository;
  let serviceId: string;
  let otherServiceId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    notifications = app.get(NotificationRepository);
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Deliveries ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Deliveries other ${randomUUID()}`, restricted: true })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'T', type: 'email', subject: 'S', content: 'Hello ((name))' })).id;
  });
  afterAll(() => app.close());

  const aStoredEmail = async (overrides: { clientReference?: string | null; oneClickUnsubscribeUrl?: string | null } = {}): Promise<string> => {
    const email = aNewNotification(serviceId, templateId, {
      recipient: 'Jo@Example.gov.uk',
      personalisation: { name: 'Jo', items: ['a', 'b'] },
      replyTo: 'reply@example.gov.uk',
      createdAt: new Date(Date.now() - 1000),
      ...overrides,
    });
    await notifications.insert(email);
    return email.id;
  };
  const historyOf = async (id: string): Promise<string[]> =>
    (await app.get(DataSource).query(`SELECT status FROM notification_status_history WHERE notification_id = '${id}' ORDER BY created_at`)).map(
      (row: { status: string }) => row.status,
    );
  const callbackEventsOf = async (id: string): Promise<string[]> =>
    (await app.get(DataSource).query(`SELECT status FROM notification_status_events WHERE notification_id = '${id}'`)).map(
      (row: { status: string }) => row.status,
    );
  const sending = (reference: string, sentAt = new Date()): DeliveryResult => ({ provider: 'smtp', providerReference: reference, status: 'sending', sentAt });

  it('claims a notification and hands it back exactly as findById reads it', async () => {
    const id = await aStoredEmail({ clientReference: 'ref-7', oneClickUnsubscribeUrl: 'https://example.gov.uk/unsubscribe?u=1' });
    const claimed = await app.get(NotificationClaimRepository).claimForDelivery(serviceId, id, { token: 'attempt-1', leaseMs: 60_000 });
    expect(claimed).not.toBeNull();
    expect(claimed).toEqual(await notifications.findById(serviceId, id));
    expect(claimed).toMatchObject({ recipient: 'Jo@Example.gov.uk', personalisation: { name: 'Jo', items: ['a', 'b'] }, clientReference: 'ref-7' });
  });

  it('claims many at once, each as claimForDelivery would: only what is still created, unheld and its own service’s', async () => {
    const claims = app.get(NotificationClaimRepository);
    const [free, held, sent, theirs] = [await aStoredEmail(), await aStoredEmail(), await aStoredEmail(), await aStoredEmail()];
    await claims.claimForDelivery(serviceId, held, { token: 'attempt-held', leaseMs: 60_000 });
    await notifications.recordDeliveries([{ serviceId, id: sent, result: sending('ref-sent') }]);
    const claimed = await claims.claimManyForDelivery(
      [
        { serviceId, id: free, token: 'attempt-a' },
        { serviceId, id: held, token: 'attempt-b' },
        { serviceId, id: sent, token: 'attempt-c' },
        { serviceId: otherServiceId, id: theirs, token: 'attempt-d' },
        { serviceId, id: free, token: 'attempt-e' },
      ],
      60_000,
    );
    expect(claimed.slice(1, 4)).toEqual([null, null, null]);
    // Two attempts asking for one notification in one batch: one of them has it, never both.
    const winners = [0, 4].filter((index) => claimed[index] !== null);
    expect(winners).toHaveLength(1);
    expect(claimed[winners[0]]).toEqual(await notifications.findById(serviceId, free));
    expect(await claims.claimTokenOf(serviceId, free)).toBe(winners[0] === 0 ? 'attempt-a' : 'attempt-e');
    expect(await claims.claimTokenOf(serviceId, held)).toBe('attempt-held');
  });

  it('records results that finished together, each as recordDelivery would, within its own service only', async () => {
    const [first, second, delivered] = [await aStoredEmail(), await aStoredEmail(), await aStoredEmail()];
    const sentAt = new Date(Date.now() - 500);
    await notifications.recordDeliveries([
      { serviceId, id: first, result: sending('ref-first', sentAt) },
      { serviceId, id: second, result: sending('ref-second', sentAt) },
      { serviceId, id: delivered, result: { provider: 'smtp', providerReference: 'ref-delivered', status: 'delivered', sentAt } },
    ]);
    expect(await notifications.findById(serviceId, first)).toMatchObject({ status: 'sending', provider: 'smtp', providerReference: 'ref-first' });
    expect((await notifications.findById(serviceId, first))?.sentAt?.getTime()).toBe(sentAt.getTime());
    expect(await notifications.findById(serviceId, second)).toMatchObject({ status: 'sending', providerReference: 'ref-second' });
    expect(await notifications.findById(serviceId, delivered)).toMatchObject({ status: 'delivered', providerReference: 'ref-delivered' });
    expect(await historyOf(first)).toEqual(['sending']);
    expect(await historyOf(delivered)).toEqual(['delivered']);
    expect(await callbackEventsOf(first)).toEqual([]);
    expect(await callbackEventsOf(delivered)).toEqual(['delivered']);
  });

  it('keeps a status a receipt set first, adding the provider reference, and changes nothing for another service', async () => {
    const [receiptFirst, theirs, ordinary] = [await aStoredEmail(), await aStoredEmail(), await aStoredEmail()];
    await notifications.applyReceipt({ id: receiptFirst, serviceId, status: 'delivered', at: new Date() });
    await notifications.recordDeliveries([
      { serviceId, id: receiptFirst, result: sending('ref-late') },
      { serviceId: otherServiceId, id: theirs, result: sending('ref-stolen') },
      { serviceId, id: ordinary, result: sending('ref-ordinary') },
    ]);
    expect(await notifications.findById(serviceId, receiptFirst)).toMatchObject({ status: 'delivered', providerReference: 'ref-late' });
    expect(await historyOf(receiptFirst)).toEqual(['delivered']);
    expect(await notifications.findById(serviceId, theirs)).toMatchObject({ status: 'created', providerReference: null });
    expect(await historyOf(theirs)).toEqual([]);
    expect(await notifications.findById(serviceId, ordinary)).toMatchObject({ status: 'sending', providerReference: 'ref-ordinary' });
    expect(await historyOf(ordinary)).toEqual(['sending']);
  });

  it('records a lone result as it records a batch', async () => {
    const id = await aStoredEmail();
    const sentAt = new Date(Date.now() - 250);
    await notifications.recordDeliveries([{ serviceId, id, result: sending('ref-alone', sentAt) }]);
    const stored = await notifications.findById(serviceId, id);
    expect(stored).toMatchObject({ status: 'sending', providerReference: 'ref-alone' });
    expect(stored?.sentAt?.getTime()).toBe(sentAt.getTime());
    expect(stored?.updatedAt?.getTime()).toBe(sentAt.getTime());
    expect(await historyOf(id)).toEqual(['sending']);
  });

  it('clears the claim of every notification it records', async () => {
    const id = await aStoredEmail();
    const other = await aStoredEmail();
    const claims = app.get(NotificationClaimRepository);
    await claims.claimForDelivery(serviceId, id, { token: 'attempt-2', leaseMs: 60_000 });
    await claims.claimForDelivery(serviceId, other, { token: 'attempt-3', leaseMs: 60_000 });
    await notifications.recordDeliveries([
      { serviceId, id, result: sending('ref-a') },
      { serviceId, id: other, result: sending('ref-b') },
    ]);
    const rows = await app.get(DataSource).query(`SELECT claimed_until, claim_token FROM notifications WHERE id IN ('${id}', '${other}')`);
    expect(rows).toEqual([
      { claimed_until: null, claim_token: null },
      { claimed_until: null, claim_token: null },
    ]);
  });
});
