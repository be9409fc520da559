import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashSync } from 'bcryptjs';
import type { Service } from '@herald/domain';
import { UserAccountRepository } from '@herald/persistence';
import { aTestConfig, eventually, HeraldUnderTest, LoopbackSmtp, TestUser } from '@herald/testing';
import { SystemEmails } from '../../system-emails/system-emails.service';

/**
 * Issue 15, point 16: a sign-in code and an invitation go through the sending pipeline (a worker
 * delivers them to a loopback SMTP server), yet no service's activity, notification page, message
 * page or download shows them, to anyone, a platform admin included; operators see only that one
 * was sent and its status.
 */
describe('system emails are kept out of every service’s activity', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let service: Service;
  let platformServiceId: string;
  let operator: string;
  let manager: string;
  let invitee: string;
  let signingIn: TestUser;
  /** The code and the invitation link as emailed: secrets no page may show. */
  const secrets: string[] = [];
  let systemIds: string[] = [];

  const bearer = async (user: TestUser) => `Bearer ${await herald.scenario.aSession(user.id)}`;
  const get = (session: string, path: string) => request(herald.baseUrl).get(`/internal/${path}`).set('Authorization', session);

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, ADMIN_BASE_URL: 'https://admin.herald.example.gov' }), { worker: true });
    service = await herald.scenario.aService({ name: `Claims ${Date.now()}` });
    const managerUser = await herald.scenario.aUser({ serviceId: service.id, name: 'Mo Manager' });
    manager = await bearer(managerUser);
    operator = await bearer(await herald.scenario.aUser({ serviceId: service.id, platformAdmin: true }));
    platformServiceId = await herald.get(SystemEmails).platformServiceId();

    invitee = `invitee-${Date.now()}@example.gov.uk`;
    await request(herald.baseUrl)
      .post(`/internal/services/${service.id}/team/invitations`)
      .set('Authorization', manager)
      .send({ emailAddress: invitee, permissions: ['send_messages'] })
      .expect(201);
    const invitation = await smtp.waitForMessageTo(invitee);
    secrets.push(/https:\/\/admin\.herald\.example\.gov\/invitation\/[A-Za-z0-9_-]+/.exec(invitation.text ?? '')![0]);

    signingIn = await herald.scenario.aUser({ serviceId: service.id });
    await herald
      .get(UserAccountRepository)
      .completeSetUp(signingIn.id, { name: signingIn.name, passwordHash: hashSync(signingIn.password, 4), authType: 'email' });
    await request(herald.baseUrl).post('/internal/sign-in').send({ emailAddress: signingIn.emailAddress, password: signingIn.password }).expect(200);
    const code = await smtp.waitForMessageTo(signingIn.emailAddress);
    secrets.push(/(\d{6}) is your Herald sign-in code/.exec(code.text ?? '')![1]);

    const rows: Array<{ id: string }> = await herald.get(DataSource).query('SELECT id FROM notifications WHERE service_id = $1', [platformServiceId]);
    systemIds = rows.map((r) => r.id);
    // Both were sent: the worker handed them to the SMTP server and recorded it.
    await eventually(async () => {
      const statuses: Array<{ status: string }> = await herald.get(DataSource).query('SELECT status FROM notifications WHERE id = ANY($1)', [systemIds]);
      expect(statuses.every((s) => s.status !== 'created')).toBe(true);
    });
  });

  afterAll(async () => {
    await herald?.stop();
    await smtp.stop();
  });

  const showsNothingSecret = (text: string) => {
    for (const secret of [...secrets, ...systemIds]) expect(text).not.toContain(secret);
  };

  it('finds the invitation and the sign-in code among the platform service’s notifications (the test’s premise)', () => {
    expect(systemIds.length).toBeGreaterThanOrEqual(2);
    expect(secrets).toHaveLength(2);
  });

  it('lists none of them in any service’s activity, searched or not, for a member or a platform admin', async () => {
    for (const session of [manager, operator]) {
      for (const serviceId of [service.id, platformServiceId]) {
        for (const search of [{}, { search: invitee }, { search: signingIn.emailAddress }, { search: 'invitation' }, { channel: 'email' }]) {
          const page = await get(session, `services/${serviceId}/notifications`).query(search);
          if (serviceId === platformServiceId && session === manager) {
            expect(page.status).toBe(404);
            continue;
          }
          expect(page.status).toBe(200);
          expect(page.body.notifications).toEqual([]);
          showsNothingSecret(JSON.stringify(page.body));
        }
      }
    }
  });

  it('downloads none of them, whatever the filters', async () => {
    for (const serviceId of [service.id, platformServiceId]) {
      for (const search of [{}, { search: invitee }, { search: signingIn.emailAddress }]) {
        const csv = await get(operator, `services/${serviceId}/notifications/csv`).query(search).buffer(true).expect(200);
        expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(csv.text).toBe('\uFEFFRecipient,Reference,Template,Channel,Status,Sent by,Time (UK)\r\n');
        showsNothingSecret(csv.text);
      }
    }
  });

  it('opens none of them as a notification, its PDF or a message, even for a platform admin', async () => {
    for (const id of systemIds) {
      for (const serviceId of [service.id, platformServiceId]) {
        const detail = await get(operator, `services/${serviceId}/notifications/${id}`).expect(404);
        showsNothingSecret(JSON.stringify(detail.body));
        await get(operator, `services/${serviceId}/notifications/${id}/pdf`).expect(404);
        await get(operator, `services/${serviceId}/messages/${id}`).expect(404);
      }
    }
  });

  it('lets an operator see that each was sent, when, and its status, never its content or link', async () => {
    for (const id of systemIds) {
      const found = await get(operator, `platform/notifications/${id}`).expect(200);
      expect(found.body).toMatchObject({ id, serviceId: platformServiceId, channel: 'email', status: expect.stringMatching(/^(sending|delivered)$/) });
      expect(found.body.createdAt).toEqual(expect.any(String));
      for (const secret of secrets) expect(JSON.stringify(found.body)).not.toContain(secret);
    }
    await get(manager, `platform/notifications/${systemIds[0]}`).expect(403);
  });
});
