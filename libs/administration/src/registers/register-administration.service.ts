import { Injectable } from '@nestjs/common';
import { NotFoundError, RegisterAdapter, RegisterDefinition, ServiceRegisterPurpose } from '@herald/domain';
import { AuditRepository, RegisterRepository, ServiceRegisterPurposeRepository, ServiceRepository } from '@herald/persistence';
import { redactRegisterSettings } from '@herald/registers';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';
import { checkedGrant, checkedRegister, RegisterGrantRequest, RegisterRequest } from './register-request';

/** A register as administrators see it: its secrets redacted, with every service's grants on it. */
export interface RegisterSummary {
  readonly name: string;
  readonly adapter: RegisterAdapter;
  readonly settings: Record<string, unknown>;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly grants: ServiceRegisterPurpose[];
}

/**
 * R-OO: the registers the platform is connected to and which service may ask which of them for
 * what. Platform admins only (the internal API's guard, the CLI's operator); every change is
 * audited without the settings themselves, which may hold a token.
 */
@Injectable()
export class RegisterAdministration {
  constructor(
    private readonly registers: RegisterRepository,
    private readonly grants: ServiceRegisterPurposeRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(): Promise<RegisterSummary[]> {
    return Promise.all((await this.registers.list()).map((definition) => this.summary(definition)));
  }

  async find(name: string): Promise<RegisterSummary> {
    return this.summary(await this.existing(name));
  }

  /** Adds the register, or replaces the adapter and settings of the one with this name. */
  async save(actor: Actor, request: RegisterRequest): Promise<RegisterSummary> {
    const current = typeof request.name === 'string' ? await this.registers.find(request.name.trim()) : null;
    const register = checkedRegister(request, current?.settings ?? null);
    const saved = await this.registers.save(register);
    await this.audit.record({
      userId: actor.id,
      serviceId: null,
      action: current ? 'register.updated' : 'register.added',
      subject: register.name,
      details: { adapter: register.adapter, settings: Object.keys(register.settings).sort() },
    });
    return this.summary(saved);
  }

  /** Grants a service a purpose on a register, or changes the label and report flag of its grant. */
  async grant(actor: Actor, serviceId: string, request: RegisterGrantRequest): Promise<ServiceRegisterPurpose> {
    await existingService(this.services, serviceId);
    const grant = checkedGrant(request);
    await this.existing(grant.register);
    const saved = await this.grants.grant({ serviceId, ...grant });
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'register.purpose-granted',
      subject: `${grant.register}/${grant.purpose}`,
      details: { citizenLabel: grant.citizenLabel, reportUndeliverable: grant.reportUndeliverable },
    });
    return saved;
  }

  async revoke(actor: Actor, serviceId: string, register: string, purpose: string): Promise<void> {
    await existingService(this.services, serviceId);
    if (!(await this.grants.revoke(serviceId, register, purpose))) throw new NotFoundError('Register purpose', `${register}/${purpose}`);
    await this.audit.record({ userId: actor.id, serviceId, action: 'register.purpose-revoked', subject: `${register}/${purpose}` });
  }

  /** The registers and purposes one service may use. */
  async grantsOf(serviceId: string): Promise<ServiceRegisterPurpose[]> {
    await existingService(this.services, serviceId);
    return this.grants.forService(serviceId);
  }

  private async existing(name: string): Promise<RegisterDefinition> {
    const definition = await this.registers.find(name);
    if (!definition) throw new NotFoundError('Register', name);
    return definition;
  }

  private async summary(definition: RegisterDefinition): Promise<RegisterSummary> {
    return {
      name: definition.name,
      adapter: definition.adapter,
      settings: redactRegisterSettings(definition.settings),
      createdAt: definition.createdAt,
      updatedAt: definition.updatedAt,
      grants: await this.grants.forRegister(definition.name),
    };
  }
}
