import { Injectable } from '@nestjs/common';
import type { OversightServiceResponse, OversightSummaryResponse } from '@herald/contracts';
import { OversightRepository, PurposeLogRepository, ServiceRegisterPurposeRepository, ServiceRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { OversightDirectory } from './oversight-directory.service';
import { isId } from './oversight-query';

const DAY_MS = 86_400_000;

/** One service as an auditor sees it (what it may look up and why, and how much it did), and the home page's headline figures. */
@Injectable()
export class ServiceOversightService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly grants: ServiceRegisterPurposeRepository,
    private readonly purposeLog: PurposeLogRepository,
    private readonly oversight: OversightRepository,
    private readonly directory: OversightDirectory,
  ) {}

  async service(serviceId: string): Promise<OversightServiceResponse> {
    const service = isId(serviceId) ? await this.services.findById(serviceId.toLowerCase()) : null;
    if (!service) throw noResultFound();
    const [managers, grants, lookups, notifications] = await Promise.all([
      this.directory.managersOf(service.id),
      this.grants.forService(service.id),
      this.oversight.lookupOutcomes(service.id),
      this.oversight.notificationCounts(service.id),
    ]);
    return {
      service: { ...this.directory.refOf(service.id, [service]), live: !service.restricted, active: service.active },
      managers,
      grants: grants.map((g) => ({
        register: g.register,
        purpose: g.purpose,
        citizenLabel: g.citizenLabel,
        reportUndeliverable: g.reportUndeliverable,
        grantedAt: g.createdAt.toISOString(),
      })),
      lookupsByOutcome: lookups,
      notificationsByChannel: notifications,
    };
  }

  async summary(now = new Date()): Promise<OversightSummaryResponse> {
    const [recent, all, servicesWithGrants] = await Promise.all([
      this.purposeLog.search({ from: new Date(now.getTime() - 30 * DAY_MS), limit: 1 }),
      this.purposeLog.search({ limit: 1 }),
      this.oversight.servicesWithGrants(),
    ]);
    return { lookupsLast30Days: recent.total, lookupsAllTime: all.total, servicesWithGrants };
  }
}
