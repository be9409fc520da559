import request from 'supertest';
import { Service, TeamPermission } from '@herald/domain';
import { AuditRepository, InvitationRepository, SessionRepository, TeamMemberRepository } from '@herald/persistence';
import { aTestConfig, eventually, HeraldUnderTest, LoopbackSmtp, Scenario, TestUser, totpCodeAt } from '@herald/testing';

/** The team page's endpoints and following an invitation, on PostgreSQL with a worker delivering the invitation email. */
describe('a service team and its invitations', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let scenario: Scenario;
  let service: Service;
  let manager: TestUser;
  let managerSession: string;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, ADMIN_BASE_URL: 'https://admin.herald.example.gov' }), { worker: true });
    scenario = herald.scenario;
    service = await scenario.aService({ name: `Team ${Date.now()}` });
    manager = await scenario.aUser({ serviceId: service.id, name: 'Mo Manager' });
    managerSession = await sessionOf(manager);
  });

  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  async function sessionOf(user: TestUser): Promise<string> {
    return `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  }
  const team = (session = managerSession, serviceId = service.id) => ({
    get: (path = '') => request(herald.baseUrl).get(`/internal/services/${serviceId}/team${path}`).set('Authorization', session),
    post: (path: string, body: object) => request(herald.baseUrl).post(`/internal/services/${serviceId}/team${path}`).set('Authorization', session).send(body),
    put: (path: string, body: object) => request(herald.baseUrl).put(`/internal/services/${serviceId}/team${path}`).set('Authorization', session).send(body),
    delete: (path: string) => request(herald.baseUrl).delete(`/internal/services/${serviceId}/team${path}`).set('Authorization', session),
  });
  const invitationLinkIn = async (emailAddress: string): Promise<string> => {
    const mail = await smtp.waitForMessageTo(emailAddress);
    return /https:\/\/admin\.herald\.example\.gov\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1];
  };
  const auditOf = async (action: string) => await herald.get(AuditRepository).list({ serviceId: service.id, action, limit: 20 });

  it('invites someone new by email; they choose a password and an authenticator app and join with the given permissions', async () => {
    const emailAddress = `new-${Date.now()}@example.gov.uk`;
    await team()
      .post('/invitations', { emailAddress, permissions: ['send_messages'] })
      .expect(201);
    const token = await invitationLinkIn(emailAddress);
    const mail = await smtp.waitForMessageTo(emailAddress);
    expect(mail.subject).toBe(`Mo Manager has invited you to ${service.name} on Herald`);

    const summary = await request(herald.baseUrl).get(`/internal/invitations/${token}`).expect(200);
    expect(summary.body).toEqual({ kind: 'team', emailAddress, serviceName: service.name, existingUser: false, name: null });
    const weak = await request(herald.baseUrl).post(`/internal/invitations/${token}/accept`).send({ name: '', password: 'password123' }).expect(400);
    expect(weak.body.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'password', 'authType']);

    const accepted = await request(herald.baseUrl)
      .post(`/internal/invitations/${token}/accept`)
      .send({ name: 'Nat New', password: 'a long new passphrase', authType: 'totp' })
      .expect(200);
    expect(accepted.body).toMatchObject({ serviceId: service.id, challenge: { method: 'totp-setup' } });
    const session = await request(herald.baseUrl)
      .post('/internal/sign-in/code')
      .send({ challengeToken: accepted.body.challenge.challengeToken, code: totpCodeAt(accepted.body.challenge.totpSetup.secret) })
      .expect(200);
    const me = await request(herald.baseUrl).get('/internal/me').set('Authorization', `Bearer ${session.body.sessionToken}`).expect(200);
    expect(me.body.services).toEqual([expect.objectContaining({ serviceId: service.id, permissions: ['send_messages', 'view_dashboard'] })]);

    await request(herald.baseUrl)
      .post(`/internal/invitations/${token}/accept`)
      .send({ name: 'Nat New', password: 'a long new passphrase', authType: 'totp' })
      .expect(410);
    expect((await auditOf('team.invited')).map((e) => e.subject)).toContain(emailAddress);
  });

  it('lets an existing user just join, and refuses an expired invitation', async () => {
    const other = await scenario.aService();
    const existing = await scenario.aUser({ serviceId: other.id });
    const invited = await team()
      .post('/invitations', { emailAddress: existing.emailAddress, permissions: ['manage_templates'] })
      .expect(201);
    const token = await invitationLinkIn(existing.emailAddress);
    expect((await request(herald.baseUrl).get(`/internal/invitations/${token}`).expect(200)).body.existingUser).toBe(true);
    await herald.get(InvitationRepository).expire(invited.body.id, new Date(Date.now() - 1000));
    const expired = await request(herald.baseUrl).post(`/internal/invitations/${token}/accept`).send({}).expect(410);
    expect(expired.body.errors[0].message).toContain('This link has expired');
    await request(herald.baseUrl).get('/internal/invitations/not-a-real-token').expect(404);

    await team()
      .post('/invitations', { emailAddress: existing.emailAddress, permissions: ['manage_templates'] })
      .expect(201);
    const toExisting = () => smtp.messages.filter((m) => JSON.stringify(m.to).includes(existing.emailAddress));
    await eventually(async () => expect(toExisting()).toHaveLength(2));
    const fresh = /invitation\/([A-Za-z0-9_-]+)/.exec(toExisting()[1].text ?? '')![1];
    const joined = await request(herald.baseUrl).post(`/internal/invitations/${fresh}/accept`).send({}).expect(200);
    expect(joined.body).toEqual({ serviceId: service.id, challenge: null });
    expect(await herald.get(TeamMemberRepository).permissionsOf(service.id, existing.id)).toEqual(['manage_templates', 'view_dashboard']);
  });

  it('lists members and pending invitations, and refuses to invite a member again', async () => {
    const listed = await team().get().expect(200);
    expect(listed.body.members).toEqual(expect.arrayContaining([expect.objectContaining({ userId: manager.id, name: 'Mo Manager', you: true })]));
    const again = await team().post('/invitations', { emailAddress: manager.emailAddress, permissions: [] }).expect(400);
    expect(again.body.errors[0]).toMatchObject({ field: 'emailAddress', message: 'This person is already a team member' });
    await team().post('/invitations', { emailAddress: 'not an address', permissions: [] }).expect(400);
    await team()
      .post('/invitations', { emailAddress: 'x@example.gov.uk', permissions: ['root'] })
      .expect(400);
  });

  it('edits a member’s permissions, and audits the change with before and after', async () => {
    const member = await scenario.aUser({ serviceId: service.id, permissions: ['send_messages'] });
    await team()
      .put(`/members/${member.id}/permissions`, { permissions: ['send_messages', 'manage_api_keys'] })
      .expect(204);
    expect(await herald.get(TeamMemberRepository).permissionsOf(service.id, member.id)).toEqual(['send_messages', 'manage_api_keys', 'view_dashboard']);
    const [event] = await auditOf('team.permissions-changed');
    expect(event).toMatchObject({
      userId: manager.id,
      subject: member.emailAddress,
      details: { memberId: member.id, before: ['send_messages', 'view_dashboard'], after: ['send_messages', 'manage_api_keys', 'view_dashboard'] },
    });
  });

  it('cannot remove yourself or the last member who manages the service, nor take that permission from them', async () => {
    const solo = await scenario.aService();
    const only = await scenario.aUser({ serviceId: solo.id });
    const helper = await scenario.aUser({ serviceId: solo.id, permissions: ['send_messages'] });
    const soloTeam = team(await sessionOf(only), solo.id);
    expect((await soloTeam.delete(`/members/${only.id}`).expect(400)).body.errors[0].message).toBe('You cannot remove yourself from a team');
    await soloTeam.put(`/members/${only.id}/permissions`, { permissions: ['send_messages'] }).expect(400);
    await soloTeam.put(`/members/${helper.id}/permissions`, { permissions: ['manage_service'] }).expect(204);
    await soloTeam.put(`/members/${only.id}/permissions`, { permissions: ['send_messages'] }).expect(204);
    const helperTeam = team(await sessionOf(helper), solo.id);
    expect((await helperTeam.delete(`/members/${helper.id}`).expect(400)).body.errors[0].message).toBe('You cannot remove yourself from a team');
    await soloTeam.delete(`/members/${helper.id}`).expect(403);
    await helperTeam.delete(`/members/${only.id}`).expect(204);
    expect(await herald.get(TeamMemberRepository).permissionsOf(solo.id, only.id)).toBeNull();
    expect((await herald.get(AuditRepository).list({ serviceId: solo.id, action: 'team.member-removed', limit: 5 }))[0]).toMatchObject({
      userId: helper.id,
      details: { memberId: only.id },
    });
  });

  it('is for managers of this service only: 403 without the permission, 404 for another service’s member', async () => {
    const sender = await scenario.aUser({ serviceId: service.id, permissions: ['send_messages'] });
    await team(await sessionOf(sender))
      .get()
      .expect(403);
    const other = await scenario.aService();
    const outsider = await scenario.aUser({ serviceId: other.id });
    await team(await sessionOf(outsider))
      .get()
      .expect(404);
    const stranger = await scenario.aUser({ serviceId: other.id, permissions: ['send_messages'] as TeamPermission[] });
    await team().get(`/members/${stranger.id}`).expect(404);
    await team().put(`/members/${stranger.id}/permissions`, { permissions: [] }).expect(404);
    await team().delete(`/members/${stranger.id}`).expect(404);
  });
});
