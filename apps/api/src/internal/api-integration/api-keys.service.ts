import { Injectable, Logger } from '@nestjs/common';
import { ApiKeyAdministration } from '@herald/administration';
import type { ApiKeyView, CreatedApiKey } from '@herald/contracts';
import type { ApiKeySummary } from '@herald/domain';
import { UserRepository } from '@herald/persistence';
import { ApiRequestLog } from '../../request-log/api-request-log';
import type { SignedInUser } from '../auth/signed-in-user';
import { apiKeyJson } from './api-key.presenter';

/** Keys of a service for its team (ApiKeyAdministration), shown with who made them and when they were last used. */
@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger('ApiKeysService');

  constructor(
    private readonly keys: ApiKeyAdministration,
    private readonly users: UserRepository,
    private readonly requestLog: ApiRequestLog,
  ) {}

  async list(serviceId: string): Promise<{ api_keys: ApiKeyView[] }> {
    const keys = await this.keys.list(serviceId);
    const lastUsed = await this.lastUsed(serviceId);
    const creators = await this.creatorNames(keys);
    return { api_keys: keys.map((key) => apiKeyJson(key, creators.get(key.createdById ?? '') ?? null, lastUsed.get(key.id) ?? null)) };
  }

  async get(serviceId: string, keyId: string): Promise<ApiKeyView> {
    const key = await this.keys.find(serviceId, keyId);
    const creators = await this.creatorNames([key]);
    return apiKeyJson(key, creators.get(key.createdById ?? '') ?? null, (await this.lastUsed(serviceId)).get(key.id) ?? null);
  }

  async create(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<CreatedApiKey> {
    const { key, secret } = await this.keys.create(user, serviceId, body);
    return { api_key: apiKeyJson(key, user.name, null), secret_key: secret };
  }

  /** Refused by the public API from the next request on: authentication reads keys on every request. */
  async revoke(user: SignedInUser, serviceId: string, keyId: string): Promise<ApiKeyView> {
    await this.keys.revoke(user, serviceId, keyId);
    return this.get(serviceId, keyId);
  }

  private async creatorNames(keys: readonly ApiKeySummary[]): Promise<Map<string, string>> {
    const ids = [...new Set(keys.map((k) => k.createdById).filter((id): id is string => id !== null))];
    const users = await Promise.all(ids.map((id) => this.users.findById(id)));
    return new Map(users.filter((u) => u !== null).map((u) => [u.id, u.name]));
  }

  /** "Last used" comes from the request log in Redis; without Redis the page still lists the keys. */
  private async lastUsed(serviceId: string): Promise<Map<string, string>> {
    try {
      return await this.requestLog.lastUsed(serviceId);
    } catch (error) {
      this.logger.warn(`Last-used times unavailable: ${(error as Error).message}`);
      return new Map();
    }
  }
}
