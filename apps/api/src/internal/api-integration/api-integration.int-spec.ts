import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Service, TeamPermission } from '@herald/domain';
import { AuditRepository, SessionRepository, TeamMemberRepository, UserRepository } from '@herald/persistence';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest } from '@herald/testing';

/** The internal endpoints behind the admin's API integration pages. */
describe('API integration (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let manager: string;

  beforeAll(async () => {
    // Private callback URLs refused, as in production: the URL policy is part of what is tested here.
    herald = await HeraldUnderTest.start(await aTestConfig({ ALLOW_PRIVATE_CALLBACK_URLS: 'false' }));
    service = await herald.scenario.aService();
    manager = await sessionOf(service.id, ['manage_api_keys']);
  });
  afterAll(() => herald.stop());

  async function sessionOf(serviceId: string, permissions: TeamPermission[]): Promise<string> {
    const user = await herald
      .get(UserRepository)
      .create({ emailAddress: `user-${randomUUID().slice(0, 8)}@example.gov.uk`, name: 'Kim Developer', platformAdmin: false });
    await herald.get(TeamMemberRepository).add(serviceId, user.id, permissions);
    return `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  }

  const api = (session: string) => ({
    get: (path: string) => request(herald.baseUrl).get(`/internal/services/${service.id}/api${path}`).set('Authorization', session),
    post: (path: string, body: object = {}) =>
      request(herald.baseUrl).post(`/internal/services/${service.id}/api${path}`).set('Authorization', session).send(body),
    put: (path: string, body: object) => request(herald.baseUrl).put(`/internal/services/${service.id}/api${path}`).set('Authorization', session).send(body),
    delete: (path: string) => request(herald.baseUrl).delete(`/internal/services/${service.id}/api${path}`).set('Authorization', session),
  });

  describe('API keys', () => {
    it('creates a key and returns its secret in the create response only', async () => {
      const created = await api(manager).post('/keys', { name: 'Case worker system', key_type: 'normal' }).expect(201);
      const secretKey: string = created.body.secret_key;
      expect(secretKey).toMatch(new RegExp(`^case_worker_system-${service.id}-[0-9a-f-]{36}$`));
      expect(created.body.api_key).toMatchObject({ name: 'Case worker system', key_type: 'normal', created_by: 'Kim Developer', revoked_at: null });
      const secret = secretKey.slice(-36);

      const list = await api(manager).get('/keys').expect(200);
      const one = await api(manager).get(`/keys/${created.body.api_key.id}`).expect(200);
      expect(JSON.stringify(list.body)).not.toContain(secret);
      expect(JSON.stringify(one.body)).not.toContain(secret);
      const audit = await herald.get(AuditRepository).list({ serviceId: service.id, action: 'api-key.created', limit: 5 });
      expect(audit[0]).toMatchObject({ subject: created.body.api_key.id, details: { name: 'Case worker system', keyType: 'normal' } });
      expect(JSON.stringify(audit)).not.toContain(secret);
    });

    it('creates keys of each type', async () => {
      for (const keyType of ['normal', 'team', 'test']) {
        const created = await api(manager)
          .post('/keys', { name: `Key ${keyType} ${randomUUID().slice(0, 4)}`, key_type: keyType })
          .expect(201);
        expect(created.body.api_key.key_type).toBe(keyType);
      }
    });

    it('says what is wrong with a new key, field by field', async () => {
      await api(manager).post('/keys', { name: 'Duplicate', key_type: 'test' }).expect(201);
      const response = await api(manager).post('/keys', { name: ' duplicate ', key_type: 'gold' }).expect(400);
      expect(response.body.errors).toEqual([
        { error: 'ValidationError', field: 'name', message: 'A key with this name already exists' },
        { error: 'ValidationError', field: 'key_type', message: 'Select a type of key' },
      ]);
      const blank = await api(manager).post('/keys', { key_type: 'test' }).expect(400);
      expect(blank.body.errors).toEqual([{ error: 'ValidationError', field: 'name', message: 'Enter a name for this key' }]);
    });

    it('revokes a key, and the public API refuses it at once', async () => {
      const created = await api(manager).post('/keys', { name: 'Soon revoked', key_type: 'normal' }).expect(201);
      const secret = (created.body.secret_key as string).slice(-36);
      await request(herald.baseUrl).get('/v2/notifications').set('Authorization', bearerFor(service.id, secret)).expect(200);

      const revoked = await api(manager).post(`/keys/${created.body.api_key.id}/revoke`).expect(200);
      expect(revoked.body.revoked_at).not.toBeNull();

      const refused = await request(herald.baseUrl).get('/v2/notifications').set('Authorization', bearerFor(service.id, secret)).expect(403);
      expect(refused.body).toEqual({ status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: API key revoked' }] });
      const audit = await herald.get(AuditRepository).list({ serviceId: service.id, action: 'api-key.revoked', limit: 1 });
      expect(audit[0]).toMatchObject({ subject: created.body.api_key.id, details: { name: 'Soon revoked' } });
    });

    it('refuses a member without the manage_api_keys permission (403)', async () => {
      const viewer = await sessionOf(service.id, ['send_messages']);
      await api(viewer).get('/keys').expect(403);
      await api(viewer).post('/keys', { name: 'Nope', key_type: 'test' }).expect(403);
      await api(viewer).get('/requests').expect(403);
      await api(viewer).get('/callbacks').expect(403);
      await api(viewer).get('/guest-list').expect(403);
    });

    it("does not find another service, nor another service's key (404)", async () => {
      const other = await herald.scenario.aService();
      const outsider = await sessionOf(other.id, ['manage_api_keys']);
      await api(outsider).get('/keys').expect(404);
      await api(outsider).get('/requests').expect(404);
      await api(outsider).get('/guest-list').expect(404);

      const otherKey = await herald.scenario.anApiKey(other.id);
      await api(manager).get(`/keys/${otherKey.id}`).expect(404);
      await api(manager).post(`/keys/${otherKey.id}/revoke`).expect(404);
      await request(herald.baseUrl).get('/v2/notifications').set('Authorization', bearerFor(other.id, otherKey.secret)).expect(200);
    });

    it('asks for a session (401)', async () => {
      await request(herald.baseUrl).get(`/internal/services/${service.id}/api/keys`).expect(401);
    });
  });

  describe('latest API requests', () => {
    it('lists a successful request and a failed one with its error, newest first, without query or body', async () => {
      const created = await api(manager).post('/keys', { name: 'Logged key', key_type: 'normal' }).expect(201);
      const secret = (created.body.secret_key as string).slice(-36);
      await request(herald.baseUrl).get('/v2/notifications?reference=private-ref').set('Authorization', bearerFor(service.id, secret)).expect(200);
      await request(herald.baseUrl)
        .post('/v2/notifications/email')
        .set('Authorization', bearerFor(service.id, secret))
        .send({ template_id: randomUUID(), email_address: 'person@example.com' })
        .expect(400);

      const latest = await eventually(async () => {
        const response = await api(manager).get('/requests').expect(200);
        expect(response.body.requests.filter((r: { key_name: string }) => r.key_name === 'Logged key')).toHaveLength(2);
        return response.body;
      });
      expect(latest.available).toBe(true);
      expect(latest.requests[0]).toMatchObject({ method: 'POST', path: '/v2/notifications/email', status: 400, key_name: 'Logged key' });
      expect(latest.requests[0].error).toEqual(expect.any(String));
      expect(latest.requests[1]).toMatchObject({ method: 'GET', path: '/v2/notifications', status: 200, error: null });
      expect(JSON.stringify(latest)).not.toContain('person@example.com');
      expect(JSON.stringify(latest)).not.toContain('private-ref');

      const keys = await api(manager).get('/keys').expect(200);
      const logged = keys.body.api_keys.find((k: { name: string }) => k.name === 'Logged key');
      expect(logged.last_used_at).toEqual(expect.any(String));
    });

    it("lists a revoked key's refusal", async () => {
      const created = await api(manager).post('/keys', { name: 'Refused key', key_type: 'normal' }).expect(201);
      const secret = (created.body.secret_key as string).slice(-36);
      await api(manager).post(`/keys/${created.body.api_key.id}/revoke`).expect(200);
      await request(herald.baseUrl).get('/v2/notifications').set('Authorization', bearerFor(service.id, secret)).expect(403);
      await eventually(async () => {
        const response = await api(manager).get('/requests').expect(200);
        expect(response.body.requests[0]).toMatchObject({ status: 403, key_name: 'Refused key', error: 'Invalid token: API key revoked' });
      });
    });
  });

  describe('callbacks', () => {
    it('sets, changes and removes the delivery receipt callback, never showing the token', async () => {
      const set = await api(manager)
        .put('/callbacks/delivery_status', { url: 'https://93.184.215.14/receipts', bearer_token: 'a-secret-token-123' })
        .expect(200);
      expect(set.body).toMatchObject({ type: 'delivery_status', url: 'https://93.184.215.14/receipts', has_bearer_token: true });
      const changed = await api(manager).put('/callbacks/delivery_status', { url: 'https://93.184.215.14/v2/receipts', bearer_token: '' }).expect(200);
      expect(changed.body.url).toBe('https://93.184.215.14/v2/receipts');
      const listed = await api(manager).get('/callbacks').expect(200);
      expect(JSON.stringify(listed.body)).not.toContain('a-secret-token-123');
      expect(listed.body.callbacks).toEqual([
        expect.objectContaining({ type: 'delivery_status', url: 'https://93.184.215.14/v2/receipts' }),
        expect.objectContaining({ type: 'inbound_sms', url: null, has_bearer_token: false }),
        expect.objectContaining({ type: 'message_status', url: null, has_bearer_token: false }),
      ]);
      await api(manager).delete('/callbacks/delivery_status').expect(200);
      expect((await api(manager).get('/callbacks/delivery_status').expect(200)).body.url).toBeNull();
      const actions = (await herald.get(AuditRepository).list({ serviceId: service.id, limit: 20 })).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['callback.created', 'callback.changed', 'callback.removed']));
      expect(JSON.stringify(await herald.get(AuditRepository).list({ serviceId: service.id, limit: 50 }))).not.toContain('a-secret-token-123');
    });

    it("applies the CLI's URL policy and Notify's token length", async () => {
      const response = await api(manager).put('/callbacks/inbound_sms', { url: 'https://127.0.0.1/texts', bearer_token: 'short' }).expect(400);
      expect(response.body.errors).toEqual([
        { error: 'ValidationError', field: 'url', message: '127.0.0.1 is a loopback address; callbacks go only to public addresses' },
        { error: 'ValidationError', field: 'bearer_token', message: 'Bearer token must be at least 10 characters' },
      ]);
      const noToken = await api(manager).put('/callbacks/inbound_sms', { url: 'ftp://example.com', bearer_token: '' }).expect(400);
      expect(noToken.body.errors.map((e: { field: string }) => e.field)).toEqual(['url', 'bearer_token']);
    });

    it('does not know other callback types', async () => {
      await api(manager).get('/callbacks/complaint').expect(404);
    });
  });

  describe('guest list', () => {
    it('replaces the list and gives it back', async () => {
      await api(manager)
        .put('/guest-list', { email_addresses: ['one@example.gov.uk', '', 'two@example.gov.uk'], phone_numbers: ['07700 900123'] })
        .expect(200);
      const replaced = await api(manager)
        .put('/guest-list', { email_addresses: ['three@example.gov.uk'], phone_numbers: ['07700 900456', ''] })
        .expect(200);
      expect(replaced.body).toEqual({ email_addresses: ['three@example.gov.uk'], phone_numbers: ['07700 900456'] });
      expect((await api(manager).get('/guest-list').expect(200)).body).toEqual(replaced.body);
      const audit = await herald.get(AuditRepository).list({ serviceId: service.id, action: 'guest-list.updated', limit: 1 });
      expect(audit[0].details).toEqual({ emailAddresses: 1, phoneNumbers: 1 });
    });

    it('says which entries are wrong and changes nothing', async () => {
      const response = await api(manager)
        .put('/guest-list', { email_addresses: ['fine@example.gov.uk', 'not an email'], phone_numbers: ['', '12'] })
        .expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['email_address_2', 'phone_number_2']);
      expect(response.body.errors[0].message).toBe('Email address 2 must be in the correct format, like name@example.gov.uk');
      expect((await api(manager).get('/guest-list').expect(200)).body.email_addresses).not.toContain('fine@example.gov.uk');
    });

    it('takes at most five of each', async () => {
      const emails = Array.from({ length: 6 }, (_, i) => `person${i}@example.gov.uk`);
      const response = await api(manager).put('/guest-list', { email_addresses: emails, phone_numbers: [] }).expect(400);
      expect(response.body.errors).toEqual([{ error: 'ValidationError', field: 'email_address_1', message: 'You can add up to 5 email addresses' }]);
    });
  });
});
