import { Injectable } from '@nestjs/common';
import type * as OpenIdClient from 'openid-client';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { NotifyError } from '../../../errors/notify-error';

/** The claims the identity service's userinfo endpoint answered for an access token. */
export type UserInfoClaims = Readonly<Record<string, unknown>>;

type Oidc = typeof OpenIdClient;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The identity service (OpenID Connect), as the API sees it: a person's access token is checked by
 * asking its userinfo endpoint (openid-client), which also says who the person is. Discovery runs
 * once and is kept; plain http is allowed only for an issuer on loopback (the development provider).
 * openid-client is loaded with the first discovery, not with the API: most Heralds never use it.
 */
@Injectable()
export class IdentityProviderClient {
  private discovered?: Promise<{ oidc: Oidc; configuration: OpenIdClient.Configuration }>;

  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  /** False when no issuer is configured: the person's own view is switched off. */
  get enabled(): boolean {
    return this.config.citizen.oidc.issuer !== null;
  }

  /** The person's claims, or null when the identity service does not accept the token (unknown, expired, revoked). */
  async userInfo(accessToken: string): Promise<UserInfoClaims | null> {
    const { oidc, configuration } = await this.configuration();
    try {
      return await oidc.fetchUserInfo(configuration, accessToken, oidc.skipSubjectCheck);
    } catch (error) {
      if (isRefusal(oidc, error)) return null;
      throw unreachable();
    }
  }

  private configuration(): Promise<{ oidc: Oidc; configuration: OpenIdClient.Configuration }> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      // Tried again on the next request: the identity service may only have been starting.
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }

  private async discover(): Promise<{ oidc: Oidc; configuration: OpenIdClient.Configuration }> {
    const { issuer, clientId, clientSecret } = this.config.citizen.oidc;
    if (issuer === null) throw new Error('The citizen view is switched off: no identity service issuer');
    const url = new URL(issuer);
    const insecure = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
    const oidc = await import('openid-client');
    try {
      const options = insecure ? { execute: [oidc.allowInsecureRequests] } : undefined;
      return { oidc, configuration: await oidc.discovery(url, clientId, clientSecret, undefined, options) };
    } catch {
      throw unreachable();
    }
  }
}

function isRefusal(oidc: Oidc, error: unknown): boolean {
  if (error instanceof oidc.WWWAuthenticateChallengeError) return true;
  return error instanceof oidc.ResponseBodyError && error.status >= 400 && error.status < 500;
}

const unreachable = (): NotifyError =>
  new NotifyError(503, [{ error: 'ServiceUnavailableError', message: 'The identity service did not answer: try again in a few minutes' }]);
