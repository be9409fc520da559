import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, Repository } from 'typeorm';
import type { ServiceRegisterPurpose } from '@herald/domain';
import { ServiceRegisterPurposeEntity } from '../entities/service-register-purpose.entity';

export type NewServiceRegisterPurpose = Omit<ServiceRegisterPurpose, 'createdAt'>;

/**
 * Which register a service may ask, for which purpose (R-OO): a look-up without a matching
 * grant is refused before any request to the register.
 */
@Injectable()
export class ServiceRegisterPurposeRepository {
  private readonly rows: Repository<ServiceRegisterPurposeEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(ServiceRegisterPurposeEntity);
  }

  /** Grants the purpose, or updates the citizen label and report flag of an existing grant (keeping when it was first given). */
  async grant(purpose: NewServiceRegisterPurpose, at = new Date()): Promise<ServiceRegisterPurpose> {
    const key = { serviceId: purpose.serviceId, registerName: purpose.register, purpose: purpose.purpose };
    const existing = await this.rows.findOneBy(key);
    const changes = { citizenLabel: purpose.citizenLabel, reportUndeliverable: purpose.reportUndeliverable };
    if (existing) {
      await this.rows.update(key, changes);
      return toPurpose({ ...existing, ...changes });
    }
    const row: ServiceRegisterPurposeEntity = { ...key, ...changes, createdAt: at };
    await this.rows.insert(row);
    return toPurpose(row);
  }

  /** Says whether there was such a grant to remove. */
  async revoke(serviceId: string, register: string, purpose: string): Promise<boolean> {
    const result = await this.rows.delete({ serviceId, registerName: register, purpose });
    return (result.affected ?? 0) > 0;
  }

  /** The service's grants, by register then purpose. */
  async forService(serviceId: string): Promise<ServiceRegisterPurpose[]> {
    return this.list({ serviceId });
  }

  /** The grants matching a purpose (and register, when given) for this service. */
  async matching(serviceId: string, purpose: string, register?: string | null): Promise<ServiceRegisterPurpose[]> {
    return this.list(register ? { serviceId, purpose, registerName: register } : { serviceId, purpose });
  }

  /** Every service's grants on one register (platform administration). */
  async forRegister(register: string): Promise<ServiceRegisterPurpose[]> {
    return this.list({ registerName: register });
  }

  private async list(where: FindOptionsWhere<ServiceRegisterPurposeEntity>): Promise<ServiceRegisterPurpose[]> {
    const rows = await this.rows.find({ where, order: { registerName: 'ASC', purpose: 'ASC', serviceId: 'ASC' } });
    return rows.map(toPurpose);
  }
}

function toPurpose(row: ServiceRegisterPurposeEntity): ServiceRegisterPurpose {
  return {
    serviceId: row.serviceId,
    register: row.registerName,
    purpose: row.purpose,
    citizenLabel: row.citizenLabel,
    reportUndeliverable: Boolean(row.reportUndeliverable),
    createdAt: new Date(row.createdAt),
  };
}
