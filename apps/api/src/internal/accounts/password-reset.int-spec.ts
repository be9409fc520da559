import request from 'supertest';
import { AuditRepository, SessionRepository } from '@herald/persistence';
import { aTestConfig, eventually, HeraldUnderTest, LoopbackSmtp, totpCodeAt } from '@herald/testing';
import { PasswordResetService } from './password-reset.service';

/** A forgotten password, through the internal API, with a worker delivering the system emails. */
describe('resetting a forgotten password', () => {
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

  const post = (path: string, body: object = {}) => request(herald.baseUrl).post(`/internal/${path}`).send(body);
  const mailsTo = (address: string) => smtp.messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase()));
  const linkIn = (text: string | undefined): string => /https:\/\/admin\.herald\.example\.gov\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text ?? '')![1];
  const actionsOf = async (userId: string) => (await herald.get(AuditRepository).list({ userId, limit: 50 })).map((e) => e.action);

  it('answers the same whether or not the address has an account, and emails a link only to an account', async () => {
    const user = await herald.scenario.aUser();
    const unknown = `nobody-${Date.now()}@example.gov.uk`;
    const forUnknown = await post('account-links/password-reset', { emailAddress: unknown }).expect(204);
    const forUser = await post('account-links/password-reset', { emailAddress: user.emailAddress.toUpperCase() }).expect(204);
    expect(forUser.body).toEqual(forUnknown.body);

    const mail = await smtp.waitForMessageTo(user.emailAddress);
    expect(mail.subject).toBe('Reset your Herald password');
    expect(mail.text).toContain('stops working after 1 hour');
    expect(linkIn(mail.text)).toHaveLength(43);
    expect(mailsTo(unknown)).toEqual([]);
    expect(await actionsOf(user.id)).toContain('account.password-reset-requested');
  });

  it('says what to fix in an empty or malformed address', async () => {
    const empty = await post('account-links/password-reset', { emailAddress: ' ' }).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'emailAddress', message: 'Enter your email address' })]);
    const malformed = await post('account-links/password-reset', { emailAddress: 'not an address' }).expect(400);
    expect(malformed.body.errors[0].message).toBe('Enter an email address in the correct format, like name@example.gov.uk');
  });

  it('takes a new password within the policy once, ends every session, and then asks for the second factor as usual', async () => {
    const user = await herald.scenario.aUser();
    const session = await herald.get(SessionRepository).open(user.id);
    await post('account-links/password-reset', { emailAddress: user.emailAddress }).expect(204);
    const token = linkIn((await smtp.waitForMessageTo(user.emailAddress)).text);

    await request(herald.baseUrl).get(`/internal/account-links/password-reset/${token}`).expect(204);
    const weak = await post(`account-links/password-reset/${token}`, { password: 'password1' }).expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'password', message: 'Choose a password that is harder to guess' })]);
    await post(`account-links/password-reset/${token}`, { password: 'a fresh new passphrase' }).expect(204);
    const again = await post(`account-links/password-reset/${token}`, { password: 'another new passphrase' }).expect(410);
    expect(again.body.errors[0].message).toBe('This link has expired or has already been used. Ask for a new link to reset your password.');
    await request(herald.baseUrl).get(`/internal/account-links/password-reset/${token}`).expect(410);

    await request(herald.baseUrl).get('/internal/me').set('Authorization', `Bearer ${session.token}`).expect(401);
    await post('sign-in', { emailAddress: user.emailAddress, password: user.password }).expect(400);
    const challenge = await post('sign-in', { emailAddress: user.emailAddress, password: 'a fresh new passphrase' }).expect(200);
    expect(challenge.body).toMatchObject({ method: 'totp', challengeToken: expect.any(String) });
    expect(challenge.body.sessionToken).toBeUndefined();
    await post('sign-in/code', { challengeToken: challenge.body.challengeToken, code: totpCodeAt(user.totpSecret) }).expect(200);
    expect(await actionsOf(user.id)).toContain('account.password-reset');
  });

  it('refuses an unknown link, and a link after its hour', async () => {
    await request(herald.baseUrl).get('/internal/account-links/password-reset/not-a-real-token').expect(404);
    const user = await herald.scenario.aUser();
    await post('account-links/password-reset', { emailAddress: user.emailAddress }).expect(204);
    const token = linkIn((await smtp.waitForMessageTo(user.emailAddress)).text);
    const later = new Date(Date.now() + 61 * 60_000);
    await expect(herald.get(PasswordResetService).reset(token, 'a fresh new passphrase', later)).rejects.toMatchObject({ statusCode: 410 });
    await post(`account-links/password-reset/${token}`, { password: 'a fresh new passphrase' }).expect(204);
  });

  it('sends one account at most 3 links an hour, answering every request the same', async () => {
    const user = await herald.scenario.aUser();
    for (let request = 0; request < 4; request += 1) await post('account-links/password-reset', { emailAddress: user.emailAddress }).expect(204);
    await eventually(async () => expect(await actionsOf(user.id)).toContain('account.password-reset-refused'));
    await eventually(async () => expect(mailsTo(user.emailAddress)).toHaveLength(3));
    const actions = await actionsOf(user.id);
    expect(actions.filter((a) => a === 'account.password-reset-requested')).toHaveLength(3);
    // Only the newest link works: each one sent ends the one before.
    const links = mailsTo(user.emailAddress).map((m) => linkIn(m.text));
    const results = await Promise.all(links.map((token) => request(herald.baseUrl).get(`/internal/account-links/password-reset/${token}`)));
    expect(results.map((r) => r.status).sort()).toEqual([204, 410, 410]);
  });
});
