import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { ApiKeyRepository } from './api-key.repository';
import { NotificationClaimRepository } from './notification-claim.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('repositories on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let serviceId: string;
  let otherServiceId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Repo test ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Repo other ${randomUUID()}`, restricted: true })).id;
  });
  afterAll(() => app.close());

  it('keeps API key secrets encrypted at rest and returns them decrypted', async () => {
    const keys = app.get(ApiKeyRepository);
    const secret = randomUUID();
    const { id } = await keys.create(serviceId, { name: 'k', keyType: 'normal', secret });
    const [raw] = await app.get(DataSource).query(`SELECT secret FROM api_keys WHERE id = '${id}'`);
    expect(raw.secret).not.toContain(secret);
    const credentials = await keys.credentialsForAuthentication(serviceId, new Date(0));
    expect(credentials.find((c) => c.id === id)?.secret).toBe(secret);
    expect(await keys.credentialsForAuthentication(otherServiceId, new Date(0))).toEqual([]);
  });

  it('writes a new version for every template change and keeps the old ones', async () => {
    const templates = app.get(TemplateRepository);
    const created = await templates.create(serviceId, { name: 'T', type: 'email', subject: 'S1', content: 'Body 1' });
    const updated = await templates.update(serviceId, created.id, { subject: 'S2' });
    expect(updated).toMatchObject({ version: 2, subject: 'S2', content: 'Body 1' });
    expect(await templates.findVersion(serviceId, created.id, 1)).toMatchObject({ version: 1, subject: 'S1' });
    expect(await templates.findCurrent(serviceId, created.id)).toMatchObject({ version: 2 });
    expect(await templates.findCurrent(otherServiceId, created.id)).toBeNull();
    expect(await templates.update(otherServiceId, created.id, { subject: 'stolen' })).toBeNull();
  });

  it('claims a notification once, and records the provider result', async () => {
    const templates = app.get(TemplateRepository);
    const template = await templates.create(serviceId, { name: 'N', type: 'email', subject: 'S', content: 'B' });
    const notifications = app.get(NotificationRepository);
    const claims = app.get(NotificationClaimRepository);
    const id = randomUUID();
    await notifications.insert({
      id,
      serviceId,
      templateId: template.id,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: 'email',
      recipient: 'Jo@Example.gov.uk',
      normalisedRecipient: 'jo@example.gov.uk',
      personalisation: { name: 'Jo' },
      clientReference: 'ref-1',
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(),
    });
    const [raw] = await app.get(DataSource).query(`SELECT recipient, personalisation FROM notifications WHERE id = '${id}'`);
    expect(raw.recipient).not.toContain('Example');
    // The plaintext JSON, quotes and all: a short word like "Jo" turns up in base64 ciphertext by chance.
    expect(raw.personalisation).not.toContain('"name":"Jo"');

    const claimed = await claims.claimForDelivery(serviceId, id, { token: null, leaseMs: 60_000 });
    expect(claimed).toMatchObject({ recipient: 'Jo@Example.gov.uk', personalisation: { name: 'Jo' } });
    expect(await claims.claimForDelivery(serviceId, id, { token: null, leaseMs: 60_000 })).toBeNull();
    expect(await claims.claimForDelivery(otherServiceId, id, { token: null, leaseMs: 60_000 })).toBeNull();

    const sentAt = new Date();
    await notifications.recordDelivery(serviceId, id, { provider: 'smtp', providerReference: 'abc', status: 'sending', sentAt });
    const stored = await notifications.findById(serviceId, id);
    expect(stored).toMatchObject({ status: 'sending', provider: 'smtp', providerReference: 'abc' });
    expect(stored?.sentAt?.getTime()).toBe(sentAt.getTime());
    expect(await notifications.findById(otherServiceId, id)).toBeNull();
  });

  it('lets an expired claim be taken again, so a crashed worker strands nothing', async () => {
    const template = await app.get(TemplateRepository).create(serviceId, { name: 'C', type: 'email', subject: 'S', content: 'B' });
    const notifications = app.get(NotificationRepository);
    const claims = app.get(NotificationClaimRepository);
    const id = randomUUID();
    await notifications.insert({
      id,
      serviceId,
      templateId: template.id,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: 'email',
      recipient: 'a@b.gov.uk',
      normalisedRecipient: 'a@b.gov.uk',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(Date.now() - 600_000),
    });
    expect(await claims.claimForDelivery(serviceId, id, { token: null, leaseMs: 1 })).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stuck = await notifications.findUnclaimedCreatedBefore(new Date(), 10_000);
    expect(stuck).toContainEqual(expect.objectContaining({ id, serviceId, type: 'email' }));
    expect(await claims.claimForDelivery(serviceId, id, { token: null, leaseMs: 60_000 })).not.toBeNull();
  });

  it('pages through stuck notifications with a cursor, oldest first, each once', async () => {
    const template = await app.get(TemplateRepository).create(serviceId, { name: 'P', type: 'email', subject: 'S', content: 'B' });
    const notifications = app.get(NotificationRepository);
    // Five share a creation time, so the id breaks the tie; all are older than anything else here.
    const sameTime = new Date('2001-01-01T00:00:00Z');
    const ids = Array.from({ length: 7 }, () => randomUUID());
    for (const [index, id] of ids.entries()) {
      await notifications.insert({
        id,
        serviceId,
        templateId: template.id,
        templateVersion: 1,
        apiKeyId: null,
        keyType: 'normal',
        type: 'email',
        recipient: 'a@b.gov.uk',
        normalisedRecipient: 'a@b.gov.uk',
        personalisation: {},
        clientReference: null,
        replyTo: null,
        oneClickUnsubscribeUrl: null,
        createdById: null,
        createdAt: index < 5 ? sameTime : new Date(sameTime.getTime() + index * 1000),
      });
    }
    const before = new Date('2001-01-02T00:00:00Z');
    const seen: string[] = [];
    let page = await notifications.findUnclaimedCreatedBefore(before, 3);
    while (page.length) {
      seen.push(...page.map((row) => row.id));
      page = await notifications.findUnclaimedCreatedBefore(before, 3, page[page.length - 1]);
    }
    expect(seen).toEqual([...ids.slice(0, 5).sort(), ...ids.slice(5)]);
  });
});
