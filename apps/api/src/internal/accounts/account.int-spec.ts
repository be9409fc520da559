import request from 'supertest';
import { AuditRepository, SessionRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, TestUser, totpCodeAt } from '@herald/testing';

/** The signed-in user's own account: changing the password, signing out everywhere. */
describe('your account', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
  });

  afterAll(() => herald.stop());

  const sessionOf = async (user: TestUser) => `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  const post = (session: string, path: string, body: object = {}) =>
    request(herald.baseUrl).post(`/internal/account/${path}`).set('Authorization', session).send(body);

  it('changes the password only with the current one, to one that is long and not common', async () => {
    const user = await herald.scenario.aUser();
    const session = await sessionOf(user);
    const wrong = await post(session, 'password', { currentPassword: 'not it', newPassword: 'a brand new passphrase' }).expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', message: 'Your current password is not right' })]);
    const weak = await post(session, 'password', { currentPassword: user.password, newPassword: 'short' }).expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', message: 'Your password must be at least 8 characters' })]);
    await post(session, 'password', { currentPassword: user.password, newPassword: 'Password1' }).expect(400);
    await post(session, 'password', { currentPassword: user.password, newPassword: 'a brand new passphrase' }).expect(204);

    await request(herald.baseUrl).post('/internal/sign-in').send({ emailAddress: user.emailAddress, password: user.password }).expect(400);
    const challenge = await request(herald.baseUrl)
      .post('/internal/sign-in')
      .send({ emailAddress: user.emailAddress, password: 'a brand new passphrase' })
      .expect(200);
    await request(herald.baseUrl)
      .post('/internal/sign-in/code')
      .send({ challengeToken: challenge.body.challengeToken, code: totpCodeAt(user.totpSecret) })
      .expect(200);
    const actions = (await herald.get(AuditRepository).list({ userId: user.id, limit: 20 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.password-changed', 'account.password-change-refused']));
  });

  it('signs out of every session at once', async () => {
    const user = await herald.scenario.aUser();
    const [here, elsewhere] = [await sessionOf(user), await sessionOf(user)];
    await post(here, 'sign-out-everywhere').expect(204);
    await request(herald.baseUrl).get('/internal/me').set('Authorization', here).expect(401);
    await request(herald.baseUrl).get('/internal/me').set('Authorization', elsewhere).expect(401);
  });
});
