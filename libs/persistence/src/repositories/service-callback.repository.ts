import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import type { CallbackType, ServiceCallback } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { ServiceCallbackEntity } from '../entities/service-callback.entity';

/** Callback URLs and tokens per service and type; tokens are encrypted at rest. */
@Injectable()
export class ServiceCallbackRepository {
  private readonly rows: Repository<ServiceCallbackEntity>;

  constructor(
    dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.rows = dataSource.getRepository(ServiceCallbackEntity);
  }

  /** Sets (or replaces) the service's callback of this type. */
  async set(serviceId: string, type: CallbackType, url: string, bearerToken: string, at = new Date()): Promise<ServiceCallback> {
    const existing = await this.rows.findOneBy({ serviceId, callbackType: type });
    const changes = { url, bearerToken: this.cipher.encrypt(bearerToken), updatedAt: at };
    if (existing) await this.rows.update({ id: existing.id, serviceId }, changes);
    else await this.rows.insert({ id: randomUUID(), serviceId, callbackType: type, ...changes });
    return { serviceId, type, url, bearerToken, updatedAt: at };
  }

  async find(serviceId: string, type: CallbackType): Promise<ServiceCallback | null> {
    const row = await this.rows.findOneBy({ serviceId, callbackType: type });
    return row ? { serviceId, type, url: row.url, bearerToken: this.cipher.decrypt(row.bearerToken), updatedAt: row.updatedAt } : null;
  }

  /** Says whether there was one to remove. */
  async remove(serviceId: string, type: CallbackType): Promise<boolean> {
    const result = await this.rows.delete({ serviceId, callbackType: type });
    return (result.affected ?? 0) > 0;
  }

  /** For the outbox drain: `serviceId:type` of every callback the given services have. */
  async configuredAmong(serviceIds: readonly string[]): Promise<Set<string>> {
    if (!serviceIds.length) return new Set();
    const rows = await this.rows.find({ select: { serviceId: true, callbackType: true }, where: { serviceId: In([...new Set(serviceIds)]) } });
    return new Set(rows.map((r) => `${r.serviceId}:${r.callbackType}`));
  }
}
