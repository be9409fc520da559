import * as client from 'openid-client';
import { aFreePort } from '@herald/testing';
import { startDevIdentityProvider, type DevIdentityProvider } from './dev-identity-provider';

describe('the development identity provider', () => {
  let idp: DevIdentityProvider;

  beforeAll(async () => {
    idp = await startDevIdentityProvider({
      port: await aFreePort(),
      clients: [{ clientId: 'citizen', clientSecret: 'citizen-secret-for-tests', redirectUris: ['http://127.0.0.1:1/callback'] }],
      citizens: [{ id: 'ann', name: 'Ann Example', email: 'ann@example.com', nationalId: 'QQ123456C' }],
    });
  });
  afterAll(() => idp.close());

  it('issues an access token whose userinfo carries the national identifier and the verified email', async () => {
    const config = await client.discovery(new URL(idp.issuer), 'citizen', 'citizen-secret-for-tests', undefined, { execute: [client.allowInsecureRequests] });
    const token = await idp.accessTokenFor('ann');
    const info = await client.fetchUserInfo(config, token, client.skipSubjectCheck);
    expect(info).toMatchObject({ sub: 'ann', national_id: 'QQ123456C', email: 'ann@example.com', email_verified: true });
  });

  it('refuses a token it did not issue', async () => {
    const config = await client.discovery(new URL(idp.issuer), 'citizen', 'citizen-secret-for-tests', undefined, { execute: [client.allowInsecureRequests] });
    await expect(client.fetchUserInfo(config, 'not-a-token', client.skipSubjectCheck)).rejects.toThrow();
  });
});
