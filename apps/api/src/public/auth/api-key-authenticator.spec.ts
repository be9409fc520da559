import { randomUUID } from 'node:crypto';
import type { ApiKeyCredential, Service } from '@herald/domain';
import type { CachedSettings } from '@herald/persistence';
import { notifyToken } from '@herald/testing';
import { NotifyError } from '../../errors/notify-error';
import { ApiKeyAuthenticator } from './api-key-authenticator';

/** The clock and key-matching rules, with our own repositories faked. */
describe('ApiKeyAuthenticator', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const iat = now.getTime() / 1000;
  const service: Service = {
    id: randomUUID(),
    name: 'S',
    active: true,
    restricted: false,
    permissions: ['email'],
    rateLimit: 3000,
    emailMessageLimit: 250000,
    smsMessageLimit: 250000,
    letterMessageLimit: 20000,
    internationalSmsMessageLimit: 100,
    prefixSms: false,
    contactLink: null,
    organisation: null,
  };
  const live: ApiKeyCredential = { id: 'live', keyType: 'normal', secret: randomUUID(), revokedAt: null, respectPreferences: false };
  const test: ApiKeyCredential = { id: 'test', keyType: 'test', secret: randomUUID(), revokedAt: null, respectPreferences: false };
  const longRevoked: ApiKeyCredential = {
    id: 'old',
    keyType: 'normal',
    secret: randomUUID(),
    revokedAt: new Date('2026-11-01T00:00:00Z'),
    respectPreferences: false,
  };
  const settings = {
    service: async (id: string) => (id === service.id ? service : null),
    apiKeys: async () => [live, test, longRevoked],
  } as unknown as CachedSettings;
  const authenticator = new ApiKeyAuthenticator(settings);
  const bearer = (secret: string, claims: Record<string, unknown>) => `Bearer ${notifyToken(secret, claims)}`;
  const messageOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotifyError);
    return (error as NotifyError).errors[0].message;
  };

  it('finds the key that signed the token and takes its key type', async () => {
    await expect(authenticator.authenticate(bearer(test.secret, { iss: service.id, iat }), now)).resolves.toMatchObject({ apiKeyId: 'test', keyType: 'test' });
  });

  it('accepts an iat exactly 30 seconds old or ahead', async () => {
    await expect(authenticator.authenticate(bearer(live.secret, { iss: service.id, iat: iat - 30 }), now)).resolves.toMatchObject({ apiKeyId: 'live' });
    await expect(authenticator.authenticate(bearer(live.secret, { iss: service.id, iat: iat + 30 }), now)).resolves.toMatchObject({ apiKeyId: 'live' });
  });

  it('refuses an iat 31 seconds old', async () => {
    expect(await messageOf(authenticator.authenticate(bearer(live.secret, { iss: service.id, iat: iat - 31 }), now))).toBe(
      'Error: Your system clock must be accurate to within 30 seconds',
    );
  });

  it('does not know a key revoked more than 7 days ago', async () => {
    expect(await messageOf(authenticator.authenticate(bearer(longRevoked.secret, { iss: service.id, iat }), now))).toBe('Invalid token: API key not found');
  });

  it('matches the service id whatever its case', async () => {
    await expect(authenticator.authenticate(bearer(live.secret, { iss: service.id.toUpperCase(), iat }), now)).resolves.toMatchObject({ apiKeyId: 'live' });
  });
});
