import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validatePhoneNumber } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { GuestListRepository, InvalidGuestListRecipientError } from './guest-list.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { SmsSenderRepository } from './sms-sender.repository';
import { UserRepository } from './user.repository';

/** A valid UK mobile no other test is likely to use as an inbound number. */
function uniqueNumber(): string {
  for (;;) {
    const candidate = `07400${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    if (validatePhoneNumber(candidate).ok) return candidate;
  }
}

describe.each(BOTH_DATABASES)('SMS senders, guest list and team mobiles on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let serviceId: string;
  let otherServiceId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `SMS repo ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `SMS other ${randomUUID()}`, restricted: true })).id;
  });
  afterAll(() => app.close());

  it('makes the first SMS sender the default, and a later default replaces it', async () => {
    const senders = app.get(SmsSenderRepository);
    const first = await senders.add(serviceId, 'FIRST');
    expect(first.isDefault).toBe(true);
    expect(await senders.findDefault(serviceId)).toMatchObject({ id: first.id, smsSender: 'FIRST' });
    const second = await senders.add(serviceId, 'SECOND', { isDefault: true });
    expect(await senders.findDefault(serviceId)).toMatchObject({ id: second.id });
    expect(await senders.findActive(serviceId, first.id)).toMatchObject({ isDefault: false });
  });

  it('never shows one service another service’s sender', async () => {
    const senders = app.get(SmsSenderRepository);
    const sender = await senders.add(serviceId, 'MINE');
    expect(await senders.findActive(otherServiceId, sender.id)).toBeNull();
    expect(await senders.findDefault(otherServiceId)).toBeNull();
  });

  it('hides an archived sender', async () => {
    const senders = app.get(SmsSenderRepository);
    const sender = await senders.add(serviceId, 'GONE');
    await senders.archive(serviceId, sender.id);
    expect(await senders.findActive(serviceId, sender.id)).toBeNull();
  });

  it('finds the service that owns an inbound number, and refuses the number to a second sender', async () => {
    const senders = app.get(SmsSenderRepository);
    const inboundNumber = uniqueNumber();
    await senders.add(serviceId, inboundNumber, { inboundNumber });
    expect(await senders.findServiceByInboundNumber(inboundNumber)).toEqual({ serviceId, inboundNumber });
    expect(await senders.findServiceByInboundNumber(`+44${inboundNumber.slice(1)}`)).toEqual({ serviceId, inboundNumber });
    expect(await senders.findServiceByInboundNumber(`44${inboundNumber.slice(1)}`)).toEqual({ serviceId, inboundNumber });
    expect(await senders.findServiceByInboundNumber('07000000000')).toBeNull();
    await expect(senders.add(otherServiceId, inboundNumber, { inboundNumber })).rejects.toThrow();
    await expect(senders.add(otherServiceId, 'X', { inboundNumber: `+44 ${inboundNumber.slice(1)}` })).rejects.toThrow();
  });

  it('stores guest-list recipients encrypted and matches them by normalised value', async () => {
    const guests = app.get(GuestListRepository);
    await guests.add(serviceId, 'Guest@Example.com');
    await guests.add(serviceId, '+44 7700 900 456');
    const rows: Array<{ recipient: string }> = await app.get(DataSource).query(`SELECT recipient FROM service_guest_list WHERE service_id = '${serviceId}'`);
    expect(rows.map((r) => r.recipient).join()).not.toMatch(/Example|7700/);
    expect(await guests.contains(serviceId, 'email', 'guest@example.com')).toBe(true);
    expect(await guests.contains(serviceId, 'mobile', '447700900456')).toBe(true);
    expect(await guests.contains(serviceId, 'mobile', '447700900457')).toBe(false);
    expect(await guests.contains(otherServiceId, 'email', 'guest@example.com')).toBe(false);
  });

  it('adds a guest once however often it is added', async () => {
    const guests = app.get(GuestListRepository);
    const first = await guests.add(serviceId, '07700900789');
    const again = await guests.add(serviceId, '+447700900789');
    expect(again.id).toBe(first.id);
  });

  it('refuses a guest-list recipient that is neither an email address nor a phone number', async () => {
    await expect(app.get(GuestListRepository).add(serviceId, 'not a recipient')).rejects.toThrow(InvalidGuestListRecipientError);
  });

  it('lists the team’s mobile numbers', async () => {
    const users = app.get(UserRepository);
    const withMobile = await users.create({ emailAddress: `m-${randomUUID()}@example.com`, name: 'M', platformAdmin: false, mobileNumber: '07700 900 321' });
    const withoutMobile = await users.create({ emailAddress: `n-${randomUUID()}@example.com`, name: 'N', platformAdmin: false });
    const services = app.get(ServiceRepository);
    await services.addTeamMember(serviceId, withMobile.id);
    await services.addTeamMember(serviceId, withoutMobile.id);
    expect(await services.teamMobileNumbers(serviceId)).toEqual(['07700 900 321']);
    expect(await services.teamMobileNumbers(otherServiceId)).toEqual([]);
  });

  it('changes only the service settings given', async () => {
    const services = app.get(ServiceRepository);
    const service = (await services.create({ name: `Update ${randomUUID()}`, restricted: true }))!;
    await services.update(service.id, { prefixSms: true });
    expect(await services.findById(service.id)).toMatchObject({ restricted: true, prefixSms: true, contactLink: null });
    await services.update(service.id, { restricted: false, contactLink: 'https://example.com/help' });
    expect(await services.findById(service.id)).toMatchObject({ restricted: false, prefixSms: true, contactLink: 'https://example.com/help' });
  });

  it('stores a text’s sender, billing facts and fragments', async () => {
    const notifications = app.get(NotificationRepository);
    const id = randomUUID();
    await notifications.insert({
      id,
      serviceId,
      templateId: randomUUID(),
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: 'sms',
      recipient: '+33 6 12 34 56 78',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      normalisedRecipient: '33612345678',
      createdAt: new Date(),
      billableUnits: 3,
      sms: { sender: 'HERALD', international: true, phonePrefix: '33', rateMultiplier: 1.5 },
    });
    expect(await notifications.findById(serviceId, id)).toMatchObject({
      billableUnits: 3,
      sms: { sender: 'HERALD', international: true, phonePrefix: '33', rateMultiplier: 1.5 },
    });
  });
});
