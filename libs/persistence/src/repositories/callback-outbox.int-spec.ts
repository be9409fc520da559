import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { aNewNotification, BOTH_DATABASES, openPersistence, Scenario } from '@herald/testing';
import { CallbackEventRepository } from './callback-event.repository';
import { InboundSmsRepository } from './inbound-sms.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceCallbackRepository } from './service-callback.repository';

describe.each(BOTH_DATABASES)('the callback outbox on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let notifications: NotificationRepository;
  let events: CallbackEventRepository;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    notifications = app.get(NotificationRepository);
    events = app.get(CallbackEventRepository);
    const scenario = new Scenario(app);
    serviceId = (await scenario.aService()).id;
    templateId = (await scenario.anEmailTemplate(serviceId)).id;
  });
  afterAll(() => app.close());

  const anEmail = async (): Promise<string> => {
    const email = aNewNotification(serviceId, templateId);
    await notifications.insert(email);
    const { id } = email;
    return id;
  };
  const eventsOf = async (notificationId: string) => (await events.oldest(10_000)).filter((e) => e.notificationId === notificationId);
  const delivery = (status: 'sending' | 'delivered') => ({ provider: 'smtp', providerReference: 'ref', status, sentAt: new Date() });

  it('writes a delivery-status event with a final status, and none for `sending`', async () => {
    const sending = await anEmail();
    const delivered = await anEmail();
    await notifications.recordDelivery(serviceId, sending, delivery('sending'));
    await notifications.recordDelivery(serviceId, delivered, delivery('delivered'));

    expect(await eventsOf(sending)).toEqual([]);
    expect(await eventsOf(delivered)).toEqual([expect.objectContaining({ serviceId, callbackType: 'delivery_status', status: 'delivered' })]);
  });

  it('writes an event when a notification fails, and nothing for a change that did not apply', async () => {
    const id = await anEmail();
    await notifications.fail(serviceId, id, 'technical-failure');
    await notifications.fail(serviceId, id, 'permanent-failure');
    await notifications.recordDelivery(serviceId, id, delivery('delivered'));

    expect((await eventsOf(id)).map((e) => e.status)).toEqual(['technical-failure']);
  });

  it('writes an inbound SMS event with each text stored, and none for a repeat', async () => {
    const text = {
      serviceId,
      notifyNumber: '447700900500',
      userNumber: '447700900111',
      content: 'Hi',
      provider: 'twilio',
      providerReference: `SM${randomUUID()}`,
    };
    const stored = await app.get(InboundSmsRepository).insert(text);
    await app.get(InboundSmsRepository).insert(text);

    expect((await events.oldest(10_000)).filter((e) => e.inboundSmsId === stored!.id)).toEqual([
      expect.objectContaining({ callbackType: 'inbound_sms', serviceId }),
    ]);
  });

  it('stores a complaint once however often it is reported, and deletes drained events', async () => {
    const id = await anEmail();
    const complaint = { serviceId, notificationId: id, complaintId: randomUUID(), complainedAt: new Date() };
    await events.recordComplaint(complaint);
    await events.recordComplaint(complaint);
    const [event] = await eventsOf(id);
    expect(await eventsOf(id)).toEqual([expect.objectContaining({ id: complaint.complaintId, callbackType: 'complaint' })]);

    await events.delete([event.id]);
    expect(await eventsOf(id)).toEqual([]);
  });

  it('keeps one callback per service and type, with the token encrypted, visible only to its service', async () => {
    const callbacks = app.get(ServiceCallbackRepository);
    await callbacks.set(serviceId, 'delivery_status', 'https://one.example.gov.uk/cb', 'first-token-123');
    await callbacks.set(serviceId, 'delivery_status', 'https://two.example.gov.uk/cb', 'second-token-456');

    expect(await callbacks.find(serviceId, 'delivery_status')).toMatchObject({ url: 'https://two.example.gov.uk/cb', bearerToken: 'second-token-456' });
    expect(await callbacks.find(randomUUID(), 'delivery_status')).toBeNull();
    const rows = (await app.get(DataSource).query("SELECT bearer_token FROM service_callbacks WHERE url = 'https://two.example.gov.uk/cb'")) as Array<{
      bearer_token: string;
    }>;
    expect(rows).toHaveLength(1);
    expect(rows[0].bearer_token).not.toContain('second-token');
    expect(await callbacks.configuredAmong([serviceId])).toEqual(new Set([`${serviceId}:delivery_status`]));
    expect(await callbacks.remove(serviceId, 'delivery_status')).toBe(true);
    expect(await callbacks.find(serviceId, 'delivery_status')).toBeNull();
  });
});
