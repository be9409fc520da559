import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { Clock } from '@herald/domain';
import { RecipientKeys } from '@herald/persistence';
import { authError, NotifyError } from '../../../errors/notify-error';
import { ApiKeyAuthenticator } from '../../auth/api-key-authenticator';
import { decodeToken } from '../../auth/jwt-token';
import { isUuid } from '../../validation/request-schema';
import { citizenIdentity, CitizenIdentity } from './citizen-identity';
import { IdentityProviderClient } from './identity-provider-client';
import { TokenClaimsCache } from './token-claims-cache';

export const SERVICE_KEY_REFUSED = 'Service API keys cannot be used for /herald/v1/me: sign in as the person';
export const INVALID_CITIZEN_TOKEN = 'Invalid token: sign in again';

/**
 * Who is calling `/herald/v1/me`: a person with the access token of their OpenID Connect sign-in,
 * checked at the identity service's userinfo endpoint. A service's API key is refused outright
 * (R-TR-6: no service may read across services through a person's view).
 */
@Injectable()
export class CitizenAuthenticator {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly identityProvider: IdentityProviderClient,
    private readonly cache: TokenClaimsCache,
    private readonly serviceKeys: ApiKeyAuthenticator,
    private readonly keys: RecipientKeys,
    private readonly clock: Clock,
  ) {}

  async authenticate(authorization: string | undefined): Promise<CitizenIdentity> {
    if (!this.identityProvider.enabled) throw citizenViewOff();
    // The same answers as the v2 API for a missing header or another scheme.
    if (!authorization) throw authError('Unauthorized: authentication token must be provided', 401);
    if (authorization.slice(0, 7).toLowerCase() !== 'bearer ') throw authError('Unauthorized: authentication bearer scheme must be used', 401);
    const token = authorization.slice(7).trim();
    if (!token) throw authError('Unauthorized: authentication token must be provided', 401);
    if (await this.isServiceKey(token)) throw authError(SERVICE_KEY_REFUSED);
    const claims = this.cache.get(token) ?? (await this.identityProvider.userInfo(token));
    if (!claims) throw authError(INVALID_CITIZEN_TOKEN);
    this.cache.put(token, claims);
    return citizenIdentity(claims, this.config.citizen, this.keys);
  }

  /** A JWT whose `iss` is a service and whose signature one of that service's keys made (revoked or not). */
  private async isServiceKey(token: string): Promise<boolean> {
    const decoded = decodeToken(token);
    if (!decoded || !isUuid(decoded.claims.iss)) return false;
    let matched = false;
    await this.serviceKeys.authenticate(`Bearer ${token}`, this.clock.now(), () => (matched = true)).catch(() => undefined);
    return matched;
  }
}

const citizenViewOff = (): NotifyError =>
  new NotifyError(503, [
    {
      error: 'ServiceUnavailableError',
      message: "A person's own view is switched off on this Herald: set CITIZEN_OIDC_ISSUER to your identity service's issuer URL",
    },
  ]);
