import request from 'supertest';
import { aSqliteTestConfig, heraldJson, HeraldUnderTest, openPersistence, totpCodeAt } from '@herald/testing';
import { FirstStartService } from './first-start.service';

/** A new installation (a fresh SQLite database): the first platform admin, and `herald user create`. */
describe('the first platform admin of a new installation', () => {
  let herald: HeraldUnderTest;

  beforeAll(async () => {
    const config = await aSqliteTestConfig({ EMAIL_DOMAIN: 'herald.example.gov', ADMIN_BASE_URL: 'https://admin.herald.example.gov' });
    await (await openPersistence(config)).close(); // migrates, as every start does first
    herald = await HeraldUnderTest.start(config);
  });

  afterAll(() => herald.stop());

  const tokenOf = (url: string): string => /\/set-up\/([A-Za-z0-9_-]+)$/.exec(url)![1];

  it('is made pending with a set-up link; a later start gives a new link and the old one stops working; once set up, none', async () => {
    const firstStart = herald.get(FirstStartService);
    const first = await firstStart.ensurePlatformAdmin();
    expect(first).toEqual({
      emailAddress: 'admin@herald.example.gov',
      url: expect.stringMatching(/^https:\/\/admin\.herald\.example\.gov\/set-up\/[A-Za-z0-9_-]{43}$/),
    });
    const second = await firstStart.ensurePlatformAdmin();
    await request(herald.baseUrl)
      .get(`/internal/invitations/${tokenOf(first!.url)}`)
      .expect(404);
    const summary = await request(herald.baseUrl)
      .get(`/internal/invitations/${tokenOf(second!.url)}`)
      .expect(200);
    expect(summary.body).toEqual({ kind: 'set-up', emailAddress: 'admin@herald.example.gov', serviceName: null, existingUser: false, name: 'Platform admin' });

    const accepted = await request(herald.baseUrl)
      .post(`/internal/invitations/${tokenOf(second!.url)}/accept`)
      .send({ password: 'a long admin passphrase', authType: 'totp' })
      .expect(200);
    const session = await request(herald.baseUrl)
      .post('/internal/sign-in/code')
      .send({ challengeToken: accepted.body.challenge.challengeToken, code: totpCodeAt(accepted.body.challenge.totpSetup.secret) })
      .expect(200);
    const me = await request(herald.baseUrl).get('/internal/me').set('Authorization', `Bearer ${session.body.sessionToken}`).expect(200);
    expect(me.body.user).toMatchObject({ emailAddress: 'admin@herald.example.gov', name: 'Platform admin', platformAdmin: true });
    expect(await firstStart.ensurePlatformAdmin()).toBeNull();
  });

  it('`herald user create --platform-admin` prints a set-up link for the new admin', async () => {
    const created = await heraldJson(herald.config, 'user', 'create', '--email', 'Ops@Example.gov.uk', '--name', 'Olu Ops', '--platform-admin');
    expect(created).toEqual({ id: expect.any(String), set_up_url: expect.stringMatching(/^https:\/\/admin\.herald\.example\.gov\/set-up\//) });
    const token = tokenOf(String(created.set_up_url));
    await request(herald.baseUrl).post('/internal/sign-in').send({ emailAddress: 'ops@example.gov.uk', password: 'anything at all' }).expect(400);
    const accepted = await request(herald.baseUrl)
      .post(`/internal/invitations/${token}/accept`)
      .send({ password: 'another long passphrase', authType: 'email' })
      .expect(200);
    expect(accepted.body.challenge).toMatchObject({ method: 'email' });
    await request(herald.baseUrl).post('/internal/sign-in').send({ emailAddress: 'ops@example.gov.uk', password: 'another long passphrase' }).expect(200);
  });
});
