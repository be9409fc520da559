import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LookupOutcome } from '@herald/domain';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NotificationEntity } from '../entities/notification.entity';
import { AuditRepository } from './audit.repository';
import { NotificationRepository } from './notification.repository';
import { OversightRepository } from './oversight.repository';
import { PurposeLogRepository } from './purpose-log.repository';
import { RegisterRepository } from './register.repository';
import { ServiceRegisterPurposeRepository } from './service-register-purpose.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('what auditors count, on %s', (_name, makeConfig) => {
  const now = new Date();
  const monthOf = (date: Date) => date.toISOString().slice(0, 7);
  const earlier = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 15, 10));
  let app: INestApplicationContext;
  let oversight: OversightRepository;
  let serviceId: string;
  let register: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    oversight = app.get(OversightRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Oversight ${randomUUID()}`, restricted: false })).id;
    register = `population-${randomUUID().slice(0, 8)}`;
    await app.get(RegisterRepository).save({ name: register, adapter: 'fake', settings: {} });
    await app
      .get(ServiceRegisterPurposeRepository)
      .grant({ serviceId, register, purpose: 'benefit-review', citizenLabel: 'Your review', reportUndeliverable: false });
    await aLookUp('found', now);
    await aLookUp('found', now);
    await aLookUp('not_found', earlier);
    const templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'Text', type: 'sms', subject: null, content: 'Hello' })).id;
    for (const [status, keyType] of [
      ['delivered', 'normal'],
      ['delivered', 'normal'],
      ['permanent-failure', 'normal'],
      ['delivered', 'test'],
    ] as const) {
      const id = randomUUID();
      await app.get(NotificationRepository).insert({
        id,
        serviceId,
        templateId,
        templateVersion: 1,
        apiKeyId: null,
        keyType,
        type: 'sms',
        recipient: '+447700900123',
        normalisedRecipient: '447700900123',
        personalisation: {},
        clientReference: null,
        replyTo: null,
        oneClickUnsubscribeUrl: null,
        createdById: null,
        createdAt: now,
      });
      await app.get(DataSource).getRepository(NotificationEntity).update({ id }, { status });
    }
  });
  afterAll(() => app.close());

  async function aLookUp(outcome: LookupOutcome, at: Date): Promise<void> {
    await app.get(PurposeLogRepository).insert({
      at,
      serviceId,
      register,
      recipientKey: randomUUID(),
      purpose: 'benefit-review',
      purposeLabel: 'Your review',
      messageId: null,
      fieldsRequested: ['address'],
      fieldsReturned: outcome === 'found' ? ['address'] : [],
      outcome,
      requestHash: null,
    });
  }

  it('counts a service’s look-ups by outcome, and its notifications by channel and status (test keys left out)', async () => {
    expect(await oversight.lookupOutcomes(serviceId)).toEqual([
      { outcome: 'found', count: 2 },
      { outcome: 'not_found', count: 1 },
    ]);
    expect(await oversight.notificationCounts(serviceId)).toEqual([
      { channel: 'sms', status: 'delivered', count: 2 },
      { channel: 'sms', status: 'permanent-failure', count: 1 },
    ]);
  });

  it('counts per service and UTC month, and look-ups by register and outcome, since a date', async () => {
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
    const months = (await oversight.monthlyCounts(since)).filter((m) => m.serviceId === serviceId);
    expect(months).toEqual([
      { month: monthOf(now), serviceId, notifications: 3, messages: 0, lookups: 2 },
      { month: monthOf(earlier), serviceId, notifications: 0, messages: 0, lookups: 1 },
    ]);
    expect((await oversight.monthlyCounts(new Date(now.getTime() + 1000))).filter((m) => m.serviceId === serviceId)).toEqual([]);
    expect((await oversight.lookupsByRegister(since)).filter((r) => r.register === register)).toEqual([
      { register, outcome: 'found', count: 2 },
      { register, outcome: 'not_found', count: 1 },
    ]);
  });

  it('names the registers, purposes and audit actions for the filters, and counts services with grants', async () => {
    await app.get(AuditRepository).record({ userId: null, serviceId, action: 'oversight.page_viewed', subject: '/internal/oversight' });
    expect((await oversight.purposeLogVocabulary()).registers).toContain(register);
    expect((await oversight.purposeLogVocabulary()).purposes).toContain('benefit-review');
    expect(await oversight.auditActions()).toContain('oversight.page_viewed');
    expect(await oversight.servicesWithGrants()).toBeGreaterThanOrEqual(1);
  });

  it('lists audit events between two dates, both included', async () => {
    const audit = app.get(AuditRepository);
    await audit.record({ userId: null, serviceId, action: 'template.created', subject: 'dated' });
    const dated = () =>
      audit.list({ serviceId, action: 'template.created', limit: 10, from: new Date(now.getTime() - 60_000), to: new Date(Date.now() + 60_000) });
    expect(await dated()).toHaveLength(1);
    expect(await audit.list({ serviceId, action: 'template.created', limit: 10, to: new Date(now.getTime() - 60_000) })).toHaveLength(0);
  });
});
