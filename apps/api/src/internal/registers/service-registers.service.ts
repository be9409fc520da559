import { Injectable } from '@nestjs/common';
import { RegisterAdministration } from '@herald/administration';
import type { ServiceLookupsResponse, ServiceRegisterGrantsResponse } from '@herald/contracts';
import { PurposeLogRepository, ServiceRepository } from '@herald/persistence';
import { grantView, lookupView } from './register.presenter';

const PAGE_SIZE = 50;

/** What a service's team may see of registers: its own grants and its own look-ups, never another service's. */
@Injectable()
export class ServiceRegistersService {
  constructor(
    private readonly administration: RegisterAdministration,
    private readonly purposeLog: PurposeLogRepository,
    private readonly services: ServiceRepository,
  ) {}

  async grants(serviceId: string): Promise<ServiceRegisterGrantsResponse> {
    const [grants, service] = await Promise.all([this.administration.grantsOf(serviceId), this.services.findById(serviceId)]);
    const names = new Map(service ? [[service.id, service.name]] : []);
    return { grants: grants.map((grant) => grantView(grant, names)) };
  }

  async lookups(serviceId: string, pageParam: string | undefined): Promise<ServiceLookupsResponse> {
    const page = Math.max(1, Math.floor(Number(pageParam ?? 1)) || 1);
    const { entries, total } = await this.purposeLog.search({ serviceId, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    return { lookups: entries.map(lookupView), total, page, pageSize: PAGE_SIZE };
  }
}
