import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { ApiKeyView, CreatedApiKey } from '@herald/contracts';
import { checkNewApiKey, formatApiKey, KeyType, noResultFound } from '@herald/domain';
import { ApiKeyRepository, ApiKeySummary, AuditRepository, UserRepository } from '@herald/persistence';
import { ApiRequestLog } from '../../public/request-log/api-request-log';
import type { SignedInUser } from '../auth/signed-in-user';
import { apiKeyJson } from './api-key.presenter';

/** Keys of a service for its team: list, create (the secret returned this once), revoke. */
@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger('ApiKeysService');

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
    private readonly requestLog: ApiRequestLog,
  ) {}

  async list(serviceId: string): Promise<{ api_keys: ApiKeyView[] }> {
    const keys = await this.keys.listForService(serviceId);
    const lastUsed = await this.lastUsed(serviceId);
    const creators = await this.creatorNames(keys);
    return { api_keys: keys.map((key) => apiKeyJson(key, creators.get(key.createdById ?? '') ?? null, lastUsed.get(key.id) ?? null)) };
  }

  async get(serviceId: string, keyId: string): Promise<ApiKeyView> {
    const key = await this.find(serviceId, keyId);
    const creators = await this.creatorNames([key]);
    return apiKeyJson(key, creators.get(key.createdById ?? '') ?? null, (await this.lastUsed(serviceId)).get(key.id) ?? null);
  }

  async create(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<CreatedApiKey> {
    const { name, keyType } = await this.validNewKey(serviceId, body);
    const secret = randomUUID();
    const { id } = await this.keys.create(serviceId, { name, keyType, secret, createdById: user.id });
    await this.audit.record({ userId: user.id, serviceId, action: 'api-key.created', subject: id, details: { name, keyType } });
    const key = await this.find(serviceId, id);
    return { api_key: apiKeyJson(key, user.name, null), secret_key: formatApiKey(name, serviceId, secret) };
  }

  /** Refused by the public API from the next request on: authentication reads keys on every request. */
  async revoke(user: SignedInUser, serviceId: string, keyId: string): Promise<ApiKeyView> {
    const key = await this.find(serviceId, keyId);
    if (!key.revokedAt) {
      await this.keys.revoke(serviceId, keyId);
      await this.audit.record({ userId: user.id, serviceId, action: 'api-key.revoked', subject: keyId, details: { name: key.name, keyType: key.keyType } });
    }
    return this.get(serviceId, keyId);
  }

  private async find(serviceId: string, keyId: string): Promise<ApiKeySummary> {
    const key = /^[0-9a-f-]{36}$/i.test(keyId) ? await this.keys.findSummary(serviceId, keyId.toLowerCase()) : null;
    if (!key) throw noResultFound();
    return key;
  }

  private async validNewKey(serviceId: string, body: Record<string, unknown>): Promise<{ name: string; keyType: KeyType }> {
    const namesInUse = (await this.keys.listForService(serviceId)).filter((k) => !k.revokedAt).map((k) => k.name);
    return checkNewApiKey(body, namesInUse);
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
