import { Injectable } from '@nestjs/common';
import { ApiKeyCredential, KeyType, Service } from '@herald/domain';
import { CachedSettings } from '@herald/persistence';
import { authError } from '../../errors/notify-error';
import { isUuid } from '../validation/request-schema';
import { decodeToken, DecodedToken, hasValidSignature } from './jwt-token';

export interface AuthenticatedKey {
  readonly service: Service;
  readonly apiKeyId: string;
  readonly keyType: KeyType;
  readonly respectPreferences: boolean;
}

/** The key a token's signature matched, known even when the request is then refused (revoked key, clock). */
export interface MatchedKey {
  readonly serviceId: string;
  readonly apiKeyId: string;
}

const CLOCK_SKEW_SECONDS = 30;
const REVOKED_KEYS_CHECKED_FOR_DAYS = 7;
const GENERIC = 'Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header';

/** Notify's API key authentication (docs/api-contract.md §5), check for check and message for message. */
@Injectable()
export class ApiKeyAuthenticator {
  /** Services and keys come from memory: a revoked key or an archived service is dropped from it as the change is announced. */
  constructor(private readonly settings: CachedSettings) {}

  async authenticate(authorization: string | undefined, now = new Date(), onKeyMatched?: (key: MatchedKey) => void): Promise<AuthenticatedKey> {
    if (!authorization) throw authError('Unauthorized: authentication token must be provided', 401);
    if (authorization.slice(0, 7).toLowerCase() !== 'bearer ') throw authError('Unauthorized: authentication bearer scheme must be used', 401);
    const token = decodeToken(authorization.slice(7));
    if (!token) throw authError(GENERIC);
    const { service, keys } = await this.issuingService(token);
    const revokedSince = now.getTime() - REVOKED_KEYS_CHECKED_FOR_DAYS * 86_400_000;
    if (token.header.alg !== 'HS256') throw authError('Invalid token: algorithm used is not HS256');
    for (const key of keys) {
      // A key revoked long ago is as unknown as one never made.
      if (key.revokedAt !== null && key.revokedAt.getTime() <= revokedSince) continue;
      if (!hasValidSignature(token, key.secret) || token.claims.iss === undefined || token.claims.iat === undefined) continue;
      onKeyMatched?.({ serviceId: service.id, apiKeyId: key.id });
      checkTimes(token, now);
      if (key.revokedAt) throw authError('Invalid token: API key revoked');
      return { service, apiKeyId: key.id, keyType: key.keyType, respectPreferences: key.respectPreferences };
    }
    throw authError('Invalid token: API key not found');
  }

  private async issuingService(token: DecodedToken): Promise<{ service: Service; keys: readonly ApiKeyCredential[] }> {
    const iss = token.claims.iss;
    if (iss === undefined || iss === null) throw authError('Invalid token: iss field not provided');
    if (!isUuid(iss)) throw authError('Invalid token: service id is not the right data type');
    const service = await this.settings.service(iss.toLowerCase());
    if (!service) throw authError('Invalid token: service not found');
    const keys = await this.settings.apiKeys(service.id);
    if (keys.length === 0) throw authError('Invalid token: service has no API keys');
    if (!service.active) throw authError('Invalid token: service is archived');
    return { service, keys };
  }
}

function checkTimes(token: DecodedToken, now: Date): void {
  const seconds = now.getTime() / 1000;
  const iat = token.claims.iat;
  if (typeof iat !== 'number' || iat < seconds - CLOCK_SKEW_SECONDS || iat > seconds + CLOCK_SKEW_SECONDS) {
    throw authError('Error: Your system clock must be accurate to within 30 seconds');
  }
  const exp = token.claims.exp;
  if (exp !== undefined && (typeof exp !== 'number' || exp < seconds - CLOCK_SKEW_SECONDS)) throw authError(GENERIC);
}
