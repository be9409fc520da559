import { Injectable } from '@nestjs/common';
import type { GoLiveDecisionRequest, GoLiveDecisionResponse, PlatformGoLiveRequest, PlatformServicesResponse } from '@herald/contracts';
import { GoLiveRequest } from '@herald/domain';
import { AuditRepository, GoLiveRequestRepository, PlatformDirectoryRepository, PlatformStatisticsRepository, ServiceRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { goLiveDetailsOf } from '../settings/go-live-details';
import { withFailureRate } from './platform-rates';

const VOLUME_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** All services with their volumes, and trial services asking to go live, for operators. */
@Injectable()
export class PlatformServicesService {
  constructor(
    private readonly statistics: PlatformStatisticsRepository,
    private readonly directory: PlatformDirectoryRepository,
    private readonly goLiveRequests: GoLiveRequestRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(now = new Date()): Promise<PlatformServicesResponse> {
    const since = new Date(now.getTime() - VOLUME_DAYS * DAY_MS);
    const [volumes, pending] = await Promise.all([this.statistics.servicesWithVolumes(since), this.goLiveRequests.listPending()]);
    return {
      since: since.toISOString(),
      services: volumes.map((v) => ({
        id: v.serviceId,
        name: v.name,
        live: !v.restricted,
        active: v.active,
        total: withFailureRate(v.total),
        byChannel: { email: withFailureRate(v.byChannel.email), sms: withFailureRate(v.byChannel.sms), letter: withFailureRate(v.byChannel.letter) },
      })),
      goLiveRequests: await this.presentRequests(pending),
    };
  }

  async pendingGoLiveRequests(): Promise<{ goLiveRequests: PlatformGoLiveRequest[] }> {
    return { goLiveRequests: await this.presentRequests(await this.goLiveRequests.listPending()) };
  }

  /** Approving takes the service live (restricted = false). A request already decided is 404. */
  async decide(user: SignedInUser, requestId: string, decision: GoLiveDecisionRequest): Promise<GoLiveDecisionResponse> {
    const request = /^[0-9a-f-]{36}$/i.test(requestId) ? await this.goLiveRequests.findById(requestId.toLowerCase()) : null;
    const status = decision === 'approve' ? 'approved' : 'rejected';
    if (!request || request.status !== 'pending' || !(await this.goLiveRequests.decide(request.id, status, user.id))) throw noResultFound();
    if (status === 'approved') await this.services.update(request.serviceId, { restricted: false });
    const service = await this.services.findById(request.serviceId);
    await this.audit.record({
      userId: user.id,
      serviceId: request.serviceId,
      action: `go-live.${status}`,
      subject: request.id,
      details: { serviceName: service?.name ?? null },
    });
    return { requestId: request.id, serviceId: request.serviceId, serviceName: service?.name ?? '', status };
  }

  private async presentRequests(requests: GoLiveRequest[]): Promise<PlatformGoLiveRequest[]> {
    const [services, users] = await Promise.all([
      this.directory.services([...new Set(requests.map((r) => r.serviceId))]),
      this.directory.users([...new Set(requests.map((r) => r.userId))]),
    ]);
    return requests.map((request) => {
      const user = users.find((u) => u.id === request.userId);
      return {
        id: request.id,
        serviceId: request.serviceId,
        serviceName: services.find((s) => s.id === request.serviceId)?.name ?? '',
        requestedBy: { id: request.userId, name: user?.name ?? '', emailAddress: user?.emailAddress ?? '' },
        details: goLiveDetailsOf(request.details),
        createdAt: request.createdAt.toISOString(),
      };
    });
  }
}
