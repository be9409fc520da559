import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { aNewNotification, BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationClaimRepository } from './notification-claim.repository';
import { NotificationRepository } from './notification.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

const LEASE = 300_000;
const claimBy = (token: string) => ({ token, leaseMs: LEASE });

describe.each(BOTH_DATABASES)('delivery claims held by a job attempt, on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let notifications: NotificationRepository;
  let claims: NotificationClaimRepository;
  let serviceId: string;
  let otherServiceId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    notifications = app.get(NotificationRepository);
    claims = app.get(NotificationClaimRepository);
    const services = app.get(ServiceRepository);
    serviceId = (await services.create({ name: `Claims ${randomUUID()}`, restricted: true })).id;
    otherServiceId = (await services.create({ name: `Claims other ${randomUUID()}`, restricted: true })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'C', type: 'email', subject: 'S', content: 'B' })).id;
  });
  afterAll(() => app.close());

  async function aCreatedEmail(): Promise<string> {
    const email = aNewNotification(serviceId, templateId, { recipient: 'a@b.gov.uk' });
    await notifications.insert(email);
    const { id } = email;
    return id;
  }

  it('records which attempt holds the claim', async () => {
    const id = await aCreatedEmail();
    expect(await claims.claimForDelivery(serviceId, id, claimBy('worker-a:1'))).toMatchObject({ id, status: 'created' });
    expect(await claims.claimTokenOf(serviceId, id)).toBe('worker-a:1');
    expect(await claims.claimTokenOf(otherServiceId, id)).toBeNull();
    expect(await claims.claimForDelivery(serviceId, id, claimBy('worker-b:7'))).toBeNull();
  });

  it('moves a claim to a new attempt only from the attempt that holds it, and only once', async () => {
    const id = await aCreatedEmail();
    await claims.claimForDelivery(serviceId, id, claimBy('worker-a:1'));
    expect(await claims.takeOverClaim(serviceId, id, 'worker-x:9', claimBy('worker-b:7'))).toBeNull();
    expect(await claims.takeOverClaim(otherServiceId, id, 'worker-a:1', claimBy('worker-b:7'))).toBeNull();

    const [first, second] = await Promise.all([
      claims.takeOverClaim(serviceId, id, 'worker-a:1', claimBy('worker-b:7')),
      claims.takeOverClaim(serviceId, id, 'worker-a:1', claimBy('worker-c:3')),
    ]);
    expect([first, second].filter((taken) => taken !== null)).toHaveLength(1);
    expect(await claims.claimTokenOf(serviceId, id)).toBe(first ? 'worker-b:7' : 'worker-c:3');
  });

  it('never takes over a notification that has been sent', async () => {
    const id = await aCreatedEmail();
    await claims.claimForDelivery(serviceId, id, claimBy('worker-a:1'));
    await notifications.recordDelivery(serviceId, id, { provider: 'smtp', providerReference: 'r', status: 'sending', sentAt: new Date() });
    expect(await claims.claimTokenOf(serviceId, id)).toBeNull();
    expect(await claims.takeOverClaim(serviceId, id, 'worker-a:1', claimBy('worker-b:7'))).toBeNull();
    expect(await notifications.findById(serviceId, id)).toMatchObject({ status: 'sending', providerReference: 'r' });
  });

  it('lets an attempt release only its own claim', async () => {
    const id = await aCreatedEmail();
    await claims.claimForDelivery(serviceId, id, claimBy('worker-a:1'));
    await claims.takeOverClaim(serviceId, id, 'worker-a:1', claimBy('worker-b:7'));
    await claims.releaseClaim(serviceId, id, 'worker-a:1');
    expect(await claims.claimTokenOf(serviceId, id)).toBe('worker-b:7');
    await claims.releaseClaim(serviceId, id, 'worker-b:7');
    expect(await claims.claimTokenOf(serviceId, id)).toBeNull();
    expect(await claims.claimForDelivery(serviceId, id, claimBy('worker-c:3'))).not.toBeNull();
  });
});
