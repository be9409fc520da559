import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import type { ApiKeyCredential, ApiKeySummary, KeyType } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { SettingsChanges } from '../settings/settings-changes';

@Injectable()
export class ApiKeyRepository {
  private readonly keys: Repository<ApiKeyEntity>;

  constructor(
    dataSource: DataSource,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
    private readonly changes: SettingsChanges,
  ) {
    this.keys = dataSource.getRepository(ApiKeyEntity);
  }

  async create(
    serviceId: string,
    input: { name: string; keyType: KeyType; secret: string; createdById?: string | null; respectPreferences?: boolean },
  ): Promise<{ id: string }> {
    const id = randomUUID();
    await this.keys.insert({
      id,
      serviceId,
      name: input.name,
      keyType: input.keyType,
      secret: this.cipher.encrypt(input.secret),
      createdById: input.createdById ?? null,
      createdAt: new Date(),
      revokedAt: null,
      respectPreferences: input.respectPreferences ?? false,
    });
    await this.changes.announce({ kind: 'api-keys', serviceId });
    return { id };
  }

  /** Active keys plus keys revoked after `revokedSince`: a recently revoked key gets its own error. */
  async credentialsForAuthentication(serviceId: string, revokedSince: Date): Promise<ApiKeyCredential[]> {
    const rows = await this.keys.find({
      where: [
        { serviceId, revokedAt: IsNull() },
        { serviceId, revokedAt: MoreThan(revokedSince) },
      ],
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => this.credentialOf(row));
  }

  /** Every key of the service, revoked ones too, oldest first: what CachedSettings keeps. */
  async credentialsOf(serviceId: string): Promise<ApiKeyCredential[]> {
    const rows = await this.keys.find({ where: { serviceId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => this.credentialOf(row));
  }

  /** The service's keys, active ones first, newest first within each group. */
  async listForService(serviceId: string): Promise<ApiKeySummary[]> {
    const rows = await this.keys.find({ where: { serviceId }, order: { createdAt: 'DESC', id: 'ASC' } });
    return rows.map(summaryOf).sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
  }

  async findSummary(serviceId: string, keyId: string): Promise<ApiKeySummary | null> {
    const row = await this.keys.findOneBy({ serviceId, id: keyId });
    return row ? summaryOf(row) : null;
  }

  async countForService(serviceId: string): Promise<number> {
    return this.keys.countBy({ serviceId });
  }

  async revoke(serviceId: string, keyId: string, at = new Date()): Promise<boolean> {
    const result = await this.keys.update({ id: keyId, serviceId, revokedAt: IsNull() }, { revokedAt: at });
    await this.changes.announce({ kind: 'api-keys', serviceId });
    return (result.affected ?? 0) > 0;
  }

  private credentialOf(row: ApiKeyEntity): ApiKeyCredential {
    return { id: row.id, keyType: row.keyType, secret: this.cipher.decrypt(row.secret), revokedAt: row.revokedAt, respectPreferences: row.respectPreferences };
  }
}

function summaryOf(row: ApiKeyEntity): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    keyType: row.keyType,
    createdById: row.createdById,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
    respectPreferences: row.respectPreferences,
  };
}
