import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Service } from '@herald/domain';
import { AuditRepository, GoLiveRequestRepository, NotificationRepository, ServiceRepository, SessionRepository } from '@herald/persistence';
import { QUEUES } from '@herald/queue';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

/** The operators' internal endpoints behind the admin's /platform pages. */
describe('platform (internal API for operators)', () => {
  let herald: HeraldUnderTest;
  let operator: string;
  let operatorId: string;
  let member: string;
  let service: Service;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService({ name: `Operators' view ${randomUUID().slice(0, 8)}` });
    const admin = await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' });
    operatorId = admin.id;
    operator = await sessionOf(admin.id);
    member = await sessionOf((await herald.scenario.aUser({ serviceId: service.id })).id);
  });
  afterAll(() => herald.stop());

  const sessionOf = async (userId: string) => `Bearer ${(await herald.get(SessionRepository).open(userId)).token}`;
  const get = (session: string, path: string) => request(herald.baseUrl).get(`/internal/platform${path}`).set('Authorization', session);
  const post = (session: string, path: string, body: object = {}) =>
    request(herald.baseUrl).post(`/internal/platform${path}`).set('Authorization', session).send(body);

  async function aNotification(serviceId: string, channel: 'email' | 'sms', status: string, provider: string | null = null): Promise<string> {
    const template = channel === 'email' ? await herald.scenario.anEmailTemplate(serviceId) : await herald.scenario.anSmsTemplate(serviceId);
    const id = randomUUID();
    await herald.get(NotificationRepository).insert({
      id,
      serviceId,
      templateId: template.id,
      templateVersion: 1,
      apiKeyId: null,
      keyType: 'normal',
      type: channel,
      recipient: channel === 'email' ? 'jo@example.com' : '+447700900123',
      normalisedRecipient: channel === 'email' ? 'jo@example.com' : '447700900123',
      personalisation: {},
      clientReference: null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: null,
      createdAt: new Date(),
    });
    await herald.get(DataSource).query(`UPDATE notifications SET status = $1, provider = $2 WHERE id = $3`, [status, provider, id]);
    return id;
  }

  it.each([
    ['GET', '/services'],
    ['GET', '/go-live-requests'],
    ['POST', `/go-live-requests/${randomUUID()}/approve`],
    ['POST', `/go-live-requests/${randomUUID()}/reject`],
    ['GET', '/dashboard'],
    ['POST', '/sms-providers/outbox/switch'],
    ['GET', `/notifications/${randomUUID()}`],
    ['GET', '/audit'],
  ])('refuses %s %s to anyone but a platform admin (403), and without a session (401)', async (method, path) => {
    const call = (session?: string) => {
      const r =
        method === 'GET'
          ? request(herald.baseUrl).get(`/internal/platform${path}`)
          : request(herald.baseUrl).post(`/internal/platform${path}`).send({ enabled: false });
      return session ? r.set('Authorization', session) : r;
    };
    expect((await call(member)).status).toBe(403);
    expect((await call()).status).toBe(401);
  });

  it('lists every service with its volumes and failure rates over the last 7 days, busiest first', async () => {
    const busy = await herald.scenario.aService({ name: `Busy ${randomUUID().slice(0, 8)}`, live: false });
    await aNotification(busy.id, 'email', 'delivered');
    await aNotification(busy.id, 'email', 'permanent-failure');
    await aNotification(busy.id, 'sms', 'delivered');
    await aNotification(busy.id, 'sms', 'sending');
    const { body } = await get(operator, '/services').expect(200);
    const listed = body.services.find((s: { id: string }) => s.id === busy.id);
    expect(listed).toMatchObject({
      name: busy.name,
      live: false,
      byChannel: { email: { sent: 2, delivered: 1, failed: 1, failureRatePercent: 50 }, sms: { sent: 2, delivered: 1, failed: 0, failureRatePercent: 0 } },
      total: { sent: 4, delivered: 2, failed: 1, failureRatePercent: 25 },
    });
    const sent = body.services.map((s: { total: { sent: number } }) => s.total.sent);
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
  });

  it('lists pending go-live requests, approves one (the service goes live) and audits it; a second decision is not found', async () => {
    const trial = await herald.scenario.aService({ name: `Trial ${randomUUID().slice(0, 8)}`, live: false });
    const asker = await herald.scenario.aUser({ serviceId: trial.id, name: 'Ade Asker' });
    const goLive = await herald.get(GoLiveRequestRepository).create(trial.id, asker.id, { expectedEmailVolume: '10,000 a year' });
    const { body } = await get(operator, '/services').expect(200);
    expect(body.goLiveRequests.find((r: { id: string }) => r.id === goLive.id)).toMatchObject({
      serviceId: trial.id,
      serviceName: trial.name,
      requestedBy: { name: 'Ade Asker' },
      details: [{ label: 'Expected email volume', value: '10,000 a year' }],
    });

    expect((await post(operator, `/go-live-requests/${goLive.id}/approve`).expect(200)).body).toEqual({
      requestId: goLive.id,
      serviceId: trial.id,
      serviceName: trial.name,
      status: 'approved',
    });
    expect((await herald.get(ServiceRepository).findById(trial.id))?.restricted).toBe(false);
    expect((await herald.get(AuditRepository).list({ serviceId: trial.id, action: 'go-live.approved', limit: 1 }))[0]).toMatchObject({
      userId: operatorId,
      subject: goLive.id,
    });
    await post(operator, `/go-live-requests/${goLive.id}/reject`).expect(404);
    expect((await get(operator, '/go-live-requests').expect(200)).body.goLiveRequests.map((r: { id: string }) => r.id)).not.toContain(goLive.id);
  });

  it('rejects a go-live request and leaves the service in trial mode', async () => {
    const trial = await herald.scenario.aService({ live: false });
    const goLive = await herald.get(GoLiveRequestRepository).create(trial.id, operatorId, {});
    expect((await post(operator, `/go-live-requests/${goLive.id}/reject`).expect(200)).body.status).toBe('rejected');
    expect((await herald.get(ServiceRepository).findById(trial.id))?.restricted).toBe(true);
  });

  it('gives the platform figures: every minute of the last hour, providers, queues, callbacks and the SMS providers', async () => {
    const provider = `sms-${randomUUID().slice(0, 8)}`;
    await aNotification(service.id, 'sms', 'delivered', provider);
    await aNotification(service.id, 'sms', 'technical-failure', provider);
    await aNotification(service.id, 'email', 'delivered');
    const after = (await get(operator, '/dashboard').expect(200)).body;

    expect(after.messagesPerMinute).toHaveLength(60);
    const total = (figures: { messagesPerMinute: Array<Record<string, number>> }, channel: 'email' | 'sms') =>
      figures.messagesPerMinute.reduce((sum, m) => sum + m[channel], 0);
    // The hour slides between two reads only at a minute's turn, and only drops older minutes.
    expect(total(after, 'sms')).toBeGreaterThanOrEqual(2);
    expect(after.messagesPerMinute.at(-1).sms + after.messagesPerMinute.at(-2).sms).toBeGreaterThanOrEqual(2);
    expect(after.providersLastHour.find((p: { provider: string }) => p.provider === provider)).toEqual({
      provider,
      channel: 'sms',
      sent: 2,
      delivered: 1,
      failed: 1,
      failureRatePercent: 50,
      deliveryRatePercent: 50,
    });
    expect(after.providersLastDay.find((p: { provider: string }) => p.provider === provider)).toMatchObject({ sent: 2 });
    expect(after.queues.map((q: { name: string }) => q.name)).toEqual(Object.values(QUEUES));
    expect(after.callbackBacklog).toEqual({ undrainedEvents: expect.any(Number), queuedCallbacks: expect.any(Number) });
    expect(after.smsProviders).toEqual([expect.objectContaining({ name: 'outbox', enabled: true, failedOver: false, healthy: true, sends: 0 })]);
  });

  it('shows a job added to a queue in its depth, with the age of the oldest waiting job', async () => {
    const queue = new Queue('send-letter', { connection: { url: herald.config.redisUrl, maxRetriesPerRequest: null }, prefix: herald.config.queuePrefix });
    try {
      const depthOf = async () => (await get(operator, '/dashboard').expect(200)).body.queues.find((q: { name: string }) => q.name === 'send-letter');
      const before = await depthOf();
      const job = await queue.add('send', { notificationId: randomUUID(), serviceId: service.id }, { timestamp: Date.now() - 90_000 });
      const after = await depthOf();
      expect(after.waiting).toBe(before.waiting + 1);
      expect(after.oldestWaitingAgeSeconds).toBeGreaterThanOrEqual(90);
      await job.remove();
    } finally {
      await queue.close();
    }
  });

  it('switches an SMS provider off and on, audited; an unknown provider is not found', async () => {
    expect((await post(operator, '/sms-providers/outbox/switch', { enabled: false }).expect(200)).body).toEqual({ name: 'outbox', enabled: false });
    expect((await get(operator, '/dashboard')).body.smsProviders[0]).toMatchObject({ name: 'outbox', enabled: false });
    await post(operator, '/sms-providers/outbox/switch', { enabled: true }).expect(200);
    expect((await get(operator, '/dashboard')).body.smsProviders[0]).toMatchObject({ name: 'outbox', enabled: true });
    const audit = await herald.get(AuditRepository).list({ userId: operatorId, limit: 2 });
    expect(audit.map((e) => [e.action, e.subject])).toEqual([
      ['sms-provider.switched-on', 'outbox'],
      ['sms-provider.switched-off', 'outbox'],
    ]);
    await post(operator, '/sms-providers/twilio-z/switch', { enabled: false }).expect(404);
    const invalid = await post(operator, '/sms-providers/outbox/switch', { enabled: 'yes' }).expect(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ error: 'ValidationError', field: 'enabled' })]);
  });

  it('finds a notification by id in any service, and audits every look-up', async () => {
    const id = await aNotification(service.id, 'email', 'delivered');
    expect((await get(operator, `/notifications/${id}`).expect(200)).body).toMatchObject({
      id,
      serviceId: service.id,
      serviceName: service.name,
      channel: 'email',
      status: 'delivered',
    });
    const missing = randomUUID();
    await get(operator, `/notifications/${missing}`).expect(404);
    const audit = await herald.get(AuditRepository).list({ userId: operatorId, action: 'platform.notification-viewed', limit: 2 });
    expect(audit.map((e) => [e.subject, e.serviceId, e.details])).toEqual([
      [missing, null, { found: false }],
      [id, service.id, { found: true }],
    ]);
  });

  it('pages the audit log newest first, filtered by service and by user, with names', async () => {
    const audited = await herald.scenario.aService();
    const audit = herald.get(AuditRepository);
    // Newest first is by the millisecond (ties fall back to the random id): one event a millisecond.
    for (let i = 0; i < 52; i += 1) {
      await nextMillisecond();
      await audit.record({ userId: operatorId, serviceId: audited.id, action: 'template.updated', subject: `t-${i}` });
    }
    await nextMillisecond();
    await audit.record({ userId: null, serviceId: audited.id, action: 'sign-in.failed', subject: 'someone' });

    const first = (await get(operator, `/audit?serviceId=${audited.id}`).expect(200)).body;
    expect(first).toMatchObject({ page: 1, pageSize: 50, hasNextPage: true });
    expect(first.events[0]).toMatchObject({ action: 'sign-in.failed', user: null, service: { id: audited.id, name: audited.name } });
    expect(first.events[1]).toMatchObject({ action: 'template.updated', subject: 't-51', user: { id: operatorId, name: 'Olu Operator' } });
    const second = (await get(operator, `/audit?serviceId=${audited.id}&page=2`).expect(200)).body;
    expect(second.events.map((e: { subject: string }) => e.subject)).toEqual(['t-2', 't-1', 't-0']);
    expect(second.hasNextPage).toBe(false);

    const byUser = (await get(operator, `/audit?serviceId=${audited.id}&userId=${operatorId}`).expect(200)).body;
    expect(byUser.events.every((e: { user: { id: string } | null }) => e.user?.id === operatorId)).toBe(true);
    expect(first.services.map((s: { id: string }) => s.id)).toContain(audited.id);
    expect(first.users.map((u: { id: string }) => u.id)).toContain(operatorId);
  });

  it('filters the audit log by a kind of event (a list of actions), ignoring names that cannot be actions', async () => {
    const audited = await herald.scenario.aService();
    const audit = herald.get(AuditRepository);
    for (const action of ['api-key.created', 'template.updated', 'api-key.revoked', 'sign-in.failed']) {
      await audit.record({ userId: operatorId, serviceId: audited.id, action, subject: action });
    }
    const actionsOf = async (actions: string) =>
      (await get(operator, `/audit?serviceId=${audited.id}&actions=${encodeURIComponent(actions)}`).expect(200)).body.events
        .map((e: { action: string }) => e.action)
        .sort();
    expect(await actionsOf('api-key.created,api-key.revoked')).toEqual(['api-key.created', 'api-key.revoked']);
    expect(await actionsOf("api-key.created,' OR 1=1 --")).toEqual(['api-key.created']);
    expect(await actionsOf(',,')).toHaveLength(4);
  });

  it('lists a request’s expected volumes one channel a row', async () => {
    const trial = await herald.scenario.aService({ live: false });
    const goLive = await herald.get(GoLiveRequestRepository).create(trial.id, operatorId, { volumes: { email: 12000, sms: 0, letter: 250 } });
    const { body } = await get(operator, '/go-live-requests').expect(200);
    expect(body.goLiveRequests.find((r: { id: string }) => r.id === goLive.id).details).toEqual([
      { label: 'Emails', value: '12,000 a year' },
      { label: 'Text messages', value: '0 a year' },
      { label: 'Letters', value: '250 a year' },
    ]);
  });
});

/** Resolves once the clock has moved on to the next millisecond. */
async function nextMillisecond(): Promise<void> {
  const now = Date.now();
  while (Date.now() === now) await new Promise((resolve) => setImmediate(resolve));
}
