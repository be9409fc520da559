import request from 'supertest';
import { AuditRepository, SessionRepository, UserAccountRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, LoopbackSmtp, TestUser, totpCodeAt } from '@herald/testing';
import { EmailChangeService } from './email-change.service';

/** The signed-in user's profile: name, mobile number, email address (confirmed by a link), second factor. */
describe('your profile', () => {
  const smtp = new LoopbackSmtp();
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    await smtp.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ SMTP_URL: smtp.url, ADMIN_BASE_URL: 'https://admin.herald.example.gov' }), { worker: true });
  });

  afterAll(async () => {
    await herald.stop();
    await smtp.stop();
  });

  const sessionOf = async (user: TestUser) => `Bearer ${(await herald.get(SessionRepository).open(user.id)).token}`;
  const post = (session: string, path: string, body: object = {}) =>
    request(herald.baseUrl).post(`/internal/account/profile/${path}`).set('Authorization', session).send(body);
  const profileOf = async (session: string) => (await request(herald.baseUrl).get('/internal/account/profile').set('Authorization', session).expect(200)).body;
  const actionsOf = async (userId: string) => (await herald.get(AuditRepository).list({ userId, limit: 50 })).map((e) => e.action);
  const confirmLinkIn = (text: string | undefined): string =>
    /https:\/\/admin\.herald\.example\.gov\/profile\/email-address\/confirm\/([A-Za-z0-9_-]{43})/.exec(text ?? '')![1];

  it('shows and changes the name, and says what to fix in an empty one', async () => {
    const user = await herald.scenario.aUser({ name: 'Pat Before' });
    const session = await sessionOf(user);
    expect(await profileOf(session)).toEqual({ name: 'Pat Before', emailAddress: user.emailAddress, mobileNumber: null, secondFactor: 'totp' });
    const empty = await post(session, 'name', { name: '  ' }).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'name', message: 'Enter your full name' })]);
    await post(session, 'name', { name: ' Pat After ' }).expect(204);
    expect((await profileOf(session)).name).toBe('Pat After');
    expect(await actionsOf(user.id)).toContain('account.name-changed');
  });

  it('validates a mobile number as every phone number is validated, and removes it when left empty', async () => {
    const user = await herald.scenario.aUser();
    const session = await sessionOf(user);
    const letters = await post(session, 'mobile-number', { mobileNumber: '07700 9OO 123' }).expect(400);
    expect(letters.body.errors).toEqual([expect.objectContaining({ field: 'mobileNumber', message: 'Must not contain letters or symbols' })]);
    await post(session, 'mobile-number', { mobileNumber: '0770090012' }).expect(400);
    await post(session, 'mobile-number', { mobileNumber: '07700 900123' }).expect(204);
    expect((await profileOf(session)).mobileNumber).toBe('07700 900123');
    await post(session, 'mobile-number', { mobileNumber: '' }).expect(204);
    expect((await profileOf(session)).mobileNumber).toBeNull();
  });

  it('changes the email address only when the link sent to the new one is followed, then tells the old one', async () => {
    const user = await herald.scenario.aUser();
    const session = await sessionOf(user);
    const newAddress = `new-${Date.now()}@example.gov.uk`;
    await post(session, 'email-address', { emailAddress: newAddress }).expect(204);
    const mail = await smtp.waitForMessageTo(newAddress);
    expect(mail.subject).toBe('Confirm your new email address for Herald');
    expect((await profileOf(session)).emailAddress).toBe(user.emailAddress);

    const token = confirmLinkIn(mail.text);
    const summary = await request(herald.baseUrl).get(`/internal/account-links/email-change/${token}`).expect(200);
    expect(summary.body).toEqual({ newEmailAddress: newAddress });
    await request(herald.baseUrl).post(`/internal/account-links/email-change/${token}`).expect(204);
    await request(herald.baseUrl).post(`/internal/account-links/email-change/${token}`).expect(410);
    expect((await profileOf(session)).emailAddress).toBe(newAddress);

    const notice = await smtp.waitForMessageTo(user.emailAddress);
    expect(notice.subject).toBe('Your Herald email address has changed');
    expect(notice.text).toContain(newAddress);
    expect(await actionsOf(user.id)).toEqual(expect.arrayContaining(['account.email-change-requested', 'account.email-changed']));
    await request(herald.baseUrl).post('/internal/sign-in').send({ emailAddress: newAddress, password: user.password }).expect(200);
  });

  it('refuses an address already in use, the same address, and a link after 24 hours', async () => {
    const user = await herald.scenario.aUser();
    const other = await herald.scenario.aUser();
    const session = await sessionOf(user);
    const taken = await post(session, 'email-address', { emailAddress: other.emailAddress.toUpperCase() }).expect(400);
    expect(taken.body.errors[0]).toMatchObject({ field: 'emailAddress', message: 'Another Herald account already uses this email address' });
    const same = await post(session, 'email-address', { emailAddress: user.emailAddress }).expect(400);
    expect(same.body.errors[0].message).toBe('This is already your email address');

    const newAddress = `later-${Date.now()}@example.gov.uk`;
    await post(session, 'email-address', { emailAddress: newAddress }).expect(204);
    const token = confirmLinkIn((await smtp.waitForMessageTo(newAddress)).text);
    const tomorrow = new Date(Date.now() + 25 * 60 * 60_000);
    await expect(herald.get(EmailChangeService).confirm(token, tomorrow)).rejects.toMatchObject({ statusCode: 410 });
    await request(herald.baseUrl).get('/internal/account-links/email-change/unknown-token').expect(404);
  });

  it('switches to codes by email at once, and to an authenticator app only once its first code is confirmed', async () => {
    const user = await herald.scenario.aUser();
    const session = await sessionOf(user);
    await post(session, 'second-factor/email').expect(204);
    expect((await profileOf(session)).secondFactor).toBe('email');
    expect(await herald.get(UserAccountRepository).totpSecretOf(user.id)).toBeNull();

    const setUp = (await post(session, 'second-factor/authenticator').expect(200)).body;
    expect(setUp).toMatchObject({ secret: expect.stringMatching(/^[A-Z2-7]{32}$/), uri: expect.stringMatching(/^otpauth:\/\/totp\//) });
    expect((await profileOf(session)).secondFactor).toBe('email');
    const shown = await post(session, 'second-factor/authenticator/show', { setUpToken: setUp.setUpToken }).expect(200);
    expect(shown.body.secret).toBe(setUp.secret);
    const wrong = await post(session, 'second-factor/authenticator/confirm', { setUpToken: setUp.setUpToken, code: '12345' }).expect(400);
    expect(wrong.body.errors[0].field).toBe('code');

    const someoneElse = await sessionOf(await herald.scenario.aUser());
    await post(someoneElse, 'second-factor/authenticator/confirm', { setUpToken: setUp.setUpToken, code: totpCodeAt(setUp.secret) }).expect(410);
    await post(session, 'second-factor/authenticator/confirm', { setUpToken: setUp.setUpToken, code: totpCodeAt(setUp.secret) }).expect(204);
    expect((await profileOf(session)).secondFactor).toBe('totp');
    expect(await herald.get(UserAccountRepository).totpSecretOf(user.id)).toBe(setUp.secret);
    await post(session, 'second-factor/authenticator/show', { setUpToken: setUp.setUpToken }).expect(410);
    expect((await actionsOf(user.id)).filter((a) => a === 'account.second-factor-changed')).toHaveLength(2);
  });
});
