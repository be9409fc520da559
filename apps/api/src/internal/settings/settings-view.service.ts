import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { brandingLogoUrl, EmailBranding, GoLiveRequest } from '@herald/domain';
import type { BrandingView, GoLiveRequestView, ServiceSettingsView } from '@herald/contracts';
import { DataRetentionRepository, EmailBrandingRepository, GoLiveRequestRepository, ServiceRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { SendersService } from './senders.service';
import { goLiveDetailsOf } from './go-live-details';

/** Everything the settings summary page shows, in one answer. */
@Injectable()
export class SettingsViewService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly services: ServiceRepository,
    private readonly senders: SendersService,
    private readonly brandings: EmailBrandingRepository,
    private readonly retention: DataRetentionRepository,
    private readonly goLiveRequests: GoLiveRequestRepository,
  ) {}

  async get(serviceId: string): Promise<ServiceSettingsView> {
    const service = await this.services.findById(serviceId);
    if (!service) throw noResultFound();
    const [senders, branding, retention, goLive] = await Promise.all([
      this.senders.list(serviceId),
      this.brandings.find(serviceId),
      this.retention.forService(serviceId),
      this.goLiveRequests.latestForService(serviceId),
    ]);
    return {
      service: { id: service.id, name: service.name, live: !service.restricted, organisation: service.organisation },
      ...senders,
      branding: this.brandingView(branding),
      retention: { email: retention.email, sms: retention.sms, letter: retention.letter },
      go_live_request: goLive ? goLiveView(goLive) : null,
    };
  }

  brandingView(branding: EmailBranding | null): BrandingView | null {
    if (!branding) return null;
    const logoUrl = brandingLogoUrl(branding, this.config.api.baseUrl);
    return { colour: branding.colour, banner_text: branding.bannerText, logo_url: logoUrl };
  }
}

export function goLiveView(request: GoLiveRequest): GoLiveRequestView {
  return {
    id: request.id,
    status: request.status,
    created_at: request.createdAt.toISOString(),
    decided_at: request.decidedAt?.toISOString() ?? null,
    details: goLiveDetailsOf(request.details),
  };
}
