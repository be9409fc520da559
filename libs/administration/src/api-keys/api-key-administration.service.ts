import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiKeySummary, checkNewApiKey, formatApiKey, NotFoundError } from '@herald/domain';
import { ApiKeyRepository, AuditRepository, ServiceRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';

export interface NewApiKeyRequest {
  readonly name?: unknown;
  readonly key_type?: unknown;
  /** R-API-7: opt in to recipients' channel choices on v2 sends. */
  readonly respect_preferences?: unknown;
}

export interface CreatedApiKey {
  readonly key: ApiKeySummary;
  /** The whole key as a department uses it: returned this once, never stored or listed. */
  readonly secret: string;
}

/** A service's API keys: created (the secret shown once), revoked, and listed without their secrets. */
@Injectable()
export class ApiKeyAdministration {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(serviceId: string): Promise<ApiKeySummary[]> {
    await existingService(this.services, serviceId);
    return this.keys.listForService(serviceId);
  }

  async find(serviceId: string, keyId: string): Promise<ApiKeySummary> {
    const key = /^[0-9a-f-]{36}$/i.test(keyId) ? await this.keys.findSummary(serviceId, keyId.toLowerCase()) : null;
    if (!key) throw new NotFoundError('API key', keyId);
    return key;
  }

  /** A name is needed, short enough, and not that of another key the service still uses (checkNewApiKey). */
  async create(actor: Actor, serviceId: string, request: NewApiKeyRequest): Promise<CreatedApiKey> {
    await existingService(this.services, serviceId);
    const namesInUse = (await this.keys.listForService(serviceId)).filter((k) => !k.revokedAt).map((k) => k.name);
    const { name, keyType } = checkNewApiKey({ name: request.name, key_type: request.key_type }, namesInUse);
    const secret = randomUUID();
    const respectPreferences = request.respect_preferences === true;
    const { id } = await this.keys.create(serviceId, { name, keyType, secret, createdById: actor.id, respectPreferences });
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'api-key.created',
      subject: id,
      details: { name, keyType, ...(respectPreferences ? { respectPreferences } : {}) },
    });
    return { key: await this.find(serviceId, id), secret: formatApiKey(name, serviceId, secret) };
  }

  /** Refused by the public API from the next request on; revoking twice changes nothing. */
  async revoke(actor: Actor, serviceId: string, keyId: string): Promise<ApiKeySummary> {
    const key = await this.find(serviceId, keyId);
    if (key.revokedAt) return key;
    await this.keys.revoke(serviceId, key.id);
    await this.audit.record({ userId: actor.id, serviceId, action: 'api-key.revoked', subject: keyId, details: { name: key.name, keyType: key.keyType } });
    return this.find(serviceId, key.id);
  }
}
