import { Injectable } from '@nestjs/common';
import { RegisterAdministration } from '@herald/administration';
import type { RegisterGrantView, RegistersResponse, RegisterView } from '@herald/contracts';
import { REGISTER_ADAPTERS } from '@herald/domain';
import { ServiceRepository } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';
import { grantView, registerView, ServiceNames } from './register.presenter';

/** The operators' Registers page: the same checks and audit records as `herald register …`. */
@Injectable()
export class RegistersService {
  constructor(
    private readonly administration: RegisterAdministration,
    private readonly services: ServiceRepository,
  ) {}

  async list(): Promise<RegistersResponse> {
    const [registers, names] = await Promise.all([this.administration.list(), this.serviceNames()]);
    return { registers: registers.map((register) => registerView(register, names)), adapters: [...REGISTER_ADAPTERS] };
  }

  async save(actor: SignedInUser, body: Record<string, unknown>): Promise<RegisterView> {
    const saved = await this.administration.save(actor, {
      name: text(body.name),
      adapter: text(body.adapter),
      settings: body.settings,
      blankTokenKeepsCurrent: body.blankTokenKeepsCurrent === true,
    });
    return registerView(saved, await this.serviceNames());
  }

  async grant(actor: SignedInUser, register: string, body: Record<string, unknown>): Promise<RegisterGrantView> {
    const grant = await this.administration.grant(actor, text(body.serviceId), {
      register,
      purpose: text(body.purpose),
      citizenLabel: text(body.citizenLabel),
      reportUndeliverable: body.reportUndeliverable as boolean | undefined,
    });
    return grantView(grant, await this.serviceNames());
  }

  async revoke(actor: SignedInUser, register: string, body: Record<string, unknown>): Promise<{ revoked: true }> {
    await this.administration.revoke(actor, text(body.serviceId), register, text(body.purpose));
    return { revoked: true };
  }

  private async serviceNames(): Promise<ServiceNames> {
    return new Map((await this.services.list()).map((service) => [service.id, service.name]));
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
