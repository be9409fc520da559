import type { ConfigSource } from '@herald/config';
import { aFreePort } from './admin-under-test';
import { startDevIdentityProvider, type DevCitizen, type DevIdentityProvider } from '../../../apps/citizen/src/identity/dev-identity-provider';

export interface LoopbackIdentityProviderOptions {
  /** The people who can sign in (their `id` is the login on the provider's development pages). */
  readonly citizens: readonly DevCitizen[];
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** The citizen app's sign-in callback(s); API-only tests need none of their own. */
  readonly redirectUris?: readonly string[];
  readonly postLogoutRedirectUris?: readonly string[];
}

const CLIENT_ID = 'herald-citizen-test';
const CLIENT_SECRET = 'herald-citizen-test-secret';

/**
 * An OpenID Connect provider on loopback standing in for a national identity service (the
 * development provider of apps/citizen): the API's `/herald/v1/me` verifies its access tokens at its
 * userinfo endpoint, and the citizen app signs people in through it.
 */
export class LoopbackIdentityProvider {
  private provider?: DevIdentityProvider;
  readonly clientId: string;
  readonly clientSecret: string;

  constructor(private readonly options: LoopbackIdentityProviderOptions) {
    this.clientId = options.clientId ?? CLIENT_ID;
    this.clientSecret = options.clientSecret ?? CLIENT_SECRET;
  }

  async start(): Promise<this> {
    this.provider = await startDevIdentityProvider({
      port: await aFreePort(),
      clients: [
        {
          clientId: this.clientId,
          clientSecret: this.clientSecret,
          redirectUris: this.options.redirectUris ?? ['http://127.0.0.1/callback'],
          postLogoutRedirectUris: this.options.postLogoutRedirectUris,
        },
      ],
      citizens: this.options.citizens,
    });
    return this;
  }

  get issuer(): string {
    return this.started().issuer;
  }

  /** The settings that point Herald's citizen sign-in at this provider. */
  configFor(): ConfigSource {
    return { CITIZEN_OIDC_ISSUER: this.issuer, CITIZEN_OIDC_CLIENT_ID: this.clientId, CITIZEN_OIDC_CLIENT_SECRET: this.clientSecret };
  }

  /** An access token for one of `citizens`, as the provider issues after sign-in. */
  accessTokenFor(citizenId: string): Promise<string> {
    return this.started().accessTokenFor(citizenId, this.clientId);
  }

  /** The Authorization header value for that person's token. */
  async bearerFor(citizenId: string): Promise<string> {
    return `Bearer ${await this.accessTokenFor(citizenId)}`;
  }

  async stop(): Promise<void> {
    await this.provider?.close();
    this.provider = undefined;
  }

  private started(): DevIdentityProvider {
    if (!this.provider) throw new Error('LoopbackIdentityProvider: call start() first');
    return this.provider;
  }
}
