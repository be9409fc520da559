import request from 'supertest';
import { aTestConfig, HeraldUnderTest, LoopbackSmtp, Scenario, TestUser, totpCodeAt } from '@herald/testing';
import { AuditRepository, UserAccountRepository } from '@herald/persistence';
import { SignInService } from '../sign-in/sign-in.service';

/** Signing in with a password and a second factor, through the internal API, on PostgreSQL with a worker delivering system emails. */
describe('signing in with a second factor', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;
  let scenario: Scenario;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, EMAIL_DOMAIN: 'herald.example.gov' }), { worker: true });
    scenario = herald.scenario;
  });

  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  const post = (path: string, body: object) => request(herald.baseUrl).post(`/internal/${path}`).send(body);
  const signIn = (user: TestUser, password = user.password) => post('sign-in', { emailAddress: user.emailAddress, password });
  const anEmailUser = async (): Promise<TestUser> => {
    const user = await scenario.aUser();
    await herald.api
      .get(UserAccountRepository)
      .completeSetUp(user.id, { name: user.name, passwordHash: (await import('bcryptjs')).hashSync(user.password, 4), authType: 'email' });
    return user;
  };
  const codeEmailedTo = async (user: TestUser, count = 1): Promise<string> => {
    const mails = await waitForMessagesTo(user.emailAddress, count);
    const text = mails[count - 1].text ?? '';
    return /(\d{6}) is your Herald sign-in code/.exec(text)![1];
  };
  const waitForMessagesTo = async (address: string, count: number) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const mails = smtp.messages.filter((m) => JSON.stringify(m.to).includes(address));
      if (mails.length >= count || Date.now() > deadline) return mails;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const actionsOf = async (userId: string) => (await herald.api.get(AuditRepository).list({ userId, limit: 50 })).map((e) => e.action);

  it('answers a correct password with an email code challenge, and the emailed code with a session, once', async () => {
    const user = await anEmailUser();
    const challenge = await signIn(user).expect(200);
    expect(challenge.body).toMatchObject({ method: 'email', challengeToken: expect.any(String), totpSetup: null });
    expect(challenge.body.sessionToken).toBeUndefined();

    const code = await codeEmailedTo(user);
    const mail = smtp.messages.find((m) => JSON.stringify(m.to).includes(user.emailAddress))!;
    expect(mail.subject).toBe('Your Herald sign-in code');
    expect(mail.from?.value[0].address).toBe('herald@herald.example.gov');

    const session = await post('sign-in/code', { challengeToken: challenge.body.challengeToken, code }).expect(200);
    await request(herald.baseUrl).get('/internal/me').set('Authorization', `Bearer ${session.body.sessionToken}`).expect(200);
    await post('sign-in/code', { challengeToken: challenge.body.challengeToken, code }).expect(401);
    expect(await actionsOf(user.id)).toContain('sign-in.succeeded');
  });

  it('refuses a wrong code, and an emailed code once 15 minutes have passed', async () => {
    const user = await anEmailUser();
    const challenge = await signIn(user).expect(200);
    const code = await codeEmailedTo(user);
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await post('sign-in/code', { challengeToken: challenge.body.challengeToken, code: wrong }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'code', message: expect.stringContaining('The code is not right') });
    const later = new Date(Date.now() + 16 * 60_000);
    await expect(herald.api.get(SignInService).signInWithCode(challenge.body.challengeToken, code, later)).rejects.toMatchObject({ statusCode: 401 });
    await post('sign-in/code', { challengeToken: challenge.body.challengeToken, code }).expect(200);
  });

  it('emails a new code on request; the first challenge then stops working', async () => {
    const user = await anEmailUser();
    const first = await signIn(user).expect(200);
    const firstCode = await codeEmailedTo(user, 1);
    const second = await post('sign-in/resend', { challengeToken: first.body.challengeToken }).expect(200);
    expect(second.body).toMatchObject({ method: 'email', challengeToken: expect.any(String) });
    expect(second.body.challengeToken).not.toBe(first.body.challengeToken);
    const secondCode = await codeEmailedTo(user, 2);
    await post('sign-in/code', { challengeToken: first.body.challengeToken, code: firstCode }).expect(401);
    await post('sign-in/code', { challengeToken: second.body.challengeToken, code: secondCode }).expect(200);
  });

  it('sets up an authenticator app on first sign-in, then asks for its code, and takes each code once', async () => {
    const user = await anEmailUser();
    await herald.api
      .get(UserAccountRepository)
      .completeSetUp(user.id, { name: user.name, passwordHash: (await import('bcryptjs')).hashSync(user.password, 4), authType: 'totp' });
    const setup = await signIn(user).expect(200);
    expect(setup.body).toMatchObject({
      method: 'totp-setup',
      totpSetup: { secret: expect.stringMatching(/^[A-Z2-7]{32}$/), uri: expect.stringMatching(/^otpauth:\/\/totp\//) },
    });
    const secret = setup.body.totpSetup.secret as string;
    await post('sign-in/code', { challengeToken: setup.body.challengeToken, code: 'abcdef' }).expect(400);
    await post('sign-in/code', { challengeToken: setup.body.challengeToken, code: totpCodeAt(secret) }).expect(200);

    const next = await signIn(user).expect(200);
    expect(next.body).toMatchObject({ method: 'totp', totpSetup: null });
    const again = await post('sign-in/code', { challengeToken: next.body.challengeToken, code: totpCodeAt(secret) }).expect(400);
    expect(again.body.errors[0].field).toBe('code');
    await post('sign-in/code', { challengeToken: next.body.challengeToken, code: totpCodeAt(secret, Date.now() + 30_000) }).expect(200);
    expect(await herald.api.get(UserAccountRepository).totpSecretOf(user.id)).toBe(secret);
  });

  it('locks the account for 15 minutes after 10 wrong passwords in a row, whatever the password after', async () => {
    const user = await scenario.aUser();
    for (let attempt = 1; attempt < 10; attempt += 1) await signIn(user, 'wrong password').expect(400);
    const locked = await signIn(user, 'wrong password').expect(423);
    expect(locked.body.errors[0].message).toMatch(/Your account is locked after too many failed attempts\. Try again after \d\d:\d\d UTC\./);
    await signIn(user).expect(423);
    const actions = await actionsOf(user.id);
    expect(actions.filter((a) => a === 'sign-in.failed')).toHaveLength(9);
    expect(actions).toEqual(expect.arrayContaining(['sign-in.locked', 'sign-in.refused-locked']));
  });

  it('counts wrong codes towards the lock-out too, and a full sign-in resets the count', async () => {
    const user = await scenario.aUser();
    for (let attempt = 0; attempt < 9; attempt += 1) await signIn(user, 'wrong password').expect(400);
    const challenge = await signIn(user).expect(200);
    await post('sign-in/code', { challengeToken: challenge.body.challengeToken, code: totpCodeAt(user.totpSecret) }).expect(200);

    for (let attempt = 0; attempt < 9; attempt += 1) await signIn(user, 'wrong password').expect(400);
    const second = await signIn(user).expect(200);
    const wrongCode = totpCodeAt(user.totpSecret, Date.now() - 10 * 60_000);
    const locked = await post('sign-in/code', { challengeToken: second.body.challengeToken, code: wrongCode }).expect(423);
    expect(locked.body.errors[0].message).toContain('Your account is locked');
    await post('sign-in/code', { challengeToken: second.body.challengeToken, code: totpCodeAt(user.totpSecret, Date.now() + 30_000) }).expect(401);
    expect(await actionsOf(user.id)).toContain('sign-in.locked');
  });
});
