import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TemplateType } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { DataRetentionRepository } from './data-retention.repository';
import { EmailBrandingRepository } from './email-branding.repository';
import { EmailReplyToRepository } from './email-reply-to.repository';
import { GoLiveRequestRepository } from './go-live-request.repository';
import { LetterContactRepository } from './letter-contact.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationPurgeRepository } from './notification-purge.repository';
import { ServiceRepository } from './service.repository';
import { SmsSenderRepository } from './sms-sender.repository';
import { TemplateRepository } from './template.repository';
import { UserRepository } from './user.repository';

const DAY = 24 * 60 * 60 * 1000;

describe.each(BOTH_DATABASES)('service settings on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let serviceId: string;
  let otherServiceId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Settings ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Settings other ${randomUUID()}`, restricted: true })).id;
  });
  afterAll(() => app.close());

  it('renames a service and finds a name whatever its capitalisation', async () => {
    const services = app.get(ServiceRepository);
    const name = `Renamed ${randomUUID()}`;
    await services.rename(serviceId, name);
    expect((await services.findById(serviceId))?.name).toBe(name);
    expect((await services.findByNameIgnoringCase(name.toUpperCase()))?.id).toBe(serviceId);
  });

  it('keeps one default reply-to address, and removes one only for its own service', async () => {
    const replyTos = app.get(EmailReplyToRepository);
    const first = await replyTos.add(serviceId, 'first@example.gov.uk', false);
    const second = await replyTos.add(serviceId, 'second@example.gov.uk', false);
    expect(await replyTos.setDefault(otherServiceId, second.id)).toBe(false);
    expect(await replyTos.setDefault(serviceId, second.id)).toBe(true);
    expect((await replyTos.list(serviceId)).map((r) => [r.emailAddress, r.isDefault])).toEqual([
      ['second@example.gov.uk', true],
      ['first@example.gov.uk', false],
    ]);
    expect(await replyTos.archive(otherServiceId, first.id)).toBe(false);
    expect(await replyTos.archive(serviceId, first.id)).toBe(true);
    expect((await replyTos.list(serviceId)).map((r) => r.id)).toEqual([second.id]);
  });

  it('keeps one default text message sender', async () => {
    const senders = app.get(SmsSenderRepository);
    const first = await senders.add(serviceId, 'HERALD');
    const second = await senders.add(serviceId, 'GOVUK');
    expect(await senders.setDefault(otherServiceId, second.id)).toBe(false);
    expect(await senders.setDefault(serviceId, second.id)).toBe(true);
    expect((await senders.list(serviceId)).map((s) => [s.id, s.isDefault])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    expect(await senders.list(otherServiceId)).toEqual([]);
  });

  it('keeps letter contact blocks with one default', async () => {
    const contacts = app.get(LetterContactRepository);
    const first = await contacts.add(serviceId, 'Herald\n1 High Street', false);
    expect(first.isDefault).toBe(true);
    const second = await contacts.add(serviceId, 'Herald\nPO Box 1', true);
    expect((await contacts.findDefault(serviceId))?.id).toBe(second.id);
    expect(await contacts.setDefault(serviceId, first.id)).toBe(true);
    expect(await contacts.archive(otherServiceId, second.id)).toBe(false);
    expect(await contacts.archive(serviceId, second.id)).toBe(true);
    expect((await contacts.list(serviceId)).map((c) => [c.contactBlock, c.isDefault])).toEqual([['Herald\n1 High Street', true]]);
  });

  it('stores branding and serves the logo by its own id; a new logo gets a new id', async () => {
    const brandings = app.get(EmailBrandingRepository);
    const logo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const saved = await brandings.save(serviceId, { colour: '#1d70b8', bannerText: 'Herald', logo: { mimeType: 'image/png', content: logo } });
    expect(await brandings.find(serviceId)).toEqual(saved);
    expect((await brandings.findLogo(saved.logo!.id))?.content.equals(logo)).toBe(true);
    const recoloured = await brandings.save(serviceId, { colour: '#ff0000', bannerText: null });
    expect(recoloured.logo?.id).toBe(saved.logo?.id);
    const relogoed = await brandings.save(serviceId, { colour: '#ff0000', bannerText: null, logo: { mimeType: 'image/png', content: logo } });
    expect(relogoed.logo?.id).not.toBe(saved.logo?.id);
    expect(await brandings.findLogo(saved.logo!.id)).toBeNull();
    expect(await brandings.find(otherServiceId)).toBeNull();
  });

  it('gives every channel 7 days unless the service chose otherwise', async () => {
    const retention = app.get(DataRetentionRepository);
    await retention.set(serviceId, 'sms', 30);
    await retention.set(serviceId, 'sms', 3);
    expect(await retention.forService(serviceId)).toEqual({ email: 7, sms: 3, letter: 7 });
    expect(await retention.forService(otherServiceId)).toEqual({ email: 7, sms: 7, letter: 7 });
    const all = await retention.allServices();
    expect(all.find((s) => s.serviceId === serviceId)?.days).toEqual({ email: 7, sms: 3, letter: 7 });
  });

  it('records a go-live request and lets an operator decide it once', async () => {
    const userId = (await app.get(UserRepository).create({ name: 'Jo', emailAddress: `jo-${randomUUID()}@example.gov.uk`, platformAdmin: false })).id;
    const requests = app.get(GoLiveRequestRepository);
    const request = await requests.create(serviceId, userId, { volumes: { email: 1000 } });
    expect(await requests.latestForService(serviceId)).toMatchObject({ id: request.id, status: 'pending', details: { volumes: { email: 1000 } } });
    expect((await requests.listPending()).map((r) => r.id)).toContain(request.id);
    expect(await requests.decide(request.id, 'approved', userId)).toBe(true);
    expect(await requests.decide(request.id, 'rejected', userId)).toBe(false);
    expect(await requests.latestForService(serviceId)).toMatchObject({ status: 'approved', decidedBy: userId });
    expect(await requests.latestForService(otherServiceId)).toBeNull();
  });

  describe('the retention purge', () => {
    const insert = async (owner: string, type: TemplateType, ageDays: number): Promise<string> => {
      const templates = app.get(TemplateRepository);
      const template = await templates.create(owner, { name: 'Purge', type, subject: type === 'sms' ? null : 'S', content: 'Hello ((name))' });
      const id = randomUUID();
      await app.get(NotificationRepository).insert({
        id,
        serviceId: owner,
        templateId: template.id,
        templateVersion: 1,
        apiKeyId: null,
        keyType: 'normal',
        type,
        recipient: 'Jo@Example.gov.uk',
        normalisedRecipient: 'jo@example.gov.uk',
        personalisation: { name: 'Jo' },
        clientReference: 'ref',
        replyTo: null,
        oneClickUnsubscribeUrl: null,
        createdById: null,
        createdAt: new Date(Date.now() - ageDays * DAY),
      });
      // Not left `created`: a worker on this shared database (a later suite) would replay and send it.
      await app.get(DataSource).createQueryBuilder().update('notifications').set({ status: 'delivered' }).where('id = :id', { id }).execute();
      return id;
    };

    it('moves old notifications of one service and channel to history without personal data, a batch at a time', async () => {
      const owner = (await app.get(ServiceRepository).create({ name: `Purge ${randomUUID()}`, restricted: false })).id;
      const old = [await insert(owner, 'email', 10), await insert(owner, 'email', 9), await insert(owner, 'email', 8)];
      const recent = await insert(owner, 'email', 1);
      const oldText = await insert(owner, 'sms', 10);
      const othersOld = await insert(otherServiceId, 'email', 10);
      const purge = app.get(NotificationPurgeRepository);
      const before = new Date(Date.now() - 7 * DAY);

      expect(await purge.moveBatchToHistory(owner, 'email', before, 2)).toBe(2);
      expect(await purge.moveBatchToHistory(owner, 'email', before, 2)).toBe(1);
      expect(await purge.moveBatchToHistory(owner, 'email', before, 2)).toBe(0);

      const notifications = app.get(NotificationRepository);
      for (const id of old) expect(await notifications.findById(owner, id)).toBeNull();
      expect(await notifications.findById(owner, recent)).not.toBeNull();
      expect(await notifications.findById(owner, oldText)).not.toBeNull();
      expect(await notifications.findById(otherServiceId, othersOld)).not.toBeNull();

      const history = await app.get(DataSource).query(`SELECT * FROM notification_history WHERE service_id = '${owner}'`);
      expect(history.map((row: { id: string }) => row.id).sort()).toEqual([...old].sort());
      expect(history[0]).toMatchObject({ notification_type: 'email', status: 'delivered', key_type: 'normal' });
      expect(Object.keys(history[0])).not.toEqual(expect.arrayContaining(['recipient']));
      expect(Object.keys(history[0])).not.toEqual(expect.arrayContaining(['personalisation']));
    });
  });
});
