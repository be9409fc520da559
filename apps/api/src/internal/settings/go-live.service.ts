import { Injectable } from '@nestjs/common';
import { FieldProblem, TemplateType } from '@herald/domain';
import type { GoLiveRequestView } from '@herald/contracts';
import { AuditRepository, GoLiveRequestRepository, ServiceRepository } from '@herald/persistence';
import { fieldErrors, noResultFound } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { objectField, yesField } from './form-fields';
import { goLiveView } from './settings-view.service';

const VOLUME_LABELS: Readonly<Record<TemplateType, string>> = { email: 'emails', sms: 'text messages', letter: 'letters' };

/** A trial service asks to go live; an operator decides (the operators' pages). */
@Injectable()
export class GoLiveService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly requests: GoLiveRequestRepository,
    private readonly audit: AuditRepository,
  ) {}

  async request(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<GoLiveRequestView> {
    const service = await this.services.findById(serviceId);
    if (!service) throw noResultFound();
    if (!service.restricted) throw fieldErrors([{ field: 'confirmed', message: 'This service is already live' }]);
    if ((await this.requests.latestForService(serviceId))?.status === 'pending') {
      throw fieldErrors([{ field: 'confirmed', message: 'You have already asked to go live: an operator will look at the request' }]);
    }
    const typed = objectField(body, 'volumes');
    const problems: FieldProblem[] = [];
    const volumes = {} as Record<TemplateType, number>;
    for (const type of ['email', 'sms', 'letter'] as const) {
      const text = String(typed[type] ?? '')
        .trim()
        .replace(/,/g, '');
      if (!text) problems.push({ field: `volumes_${type}`, message: `Enter how many ${VOLUME_LABELS[type]} you expect to send a year (0 if none)` });
      else if (!/^\d{1,12}$/.test(text)) problems.push({ field: `volumes_${type}`, message: `Number of ${VOLUME_LABELS[type]} must be a whole number` });
      else volumes[type] = Number(text);
    }
    if (!yesField(body, 'confirmed')) problems.push({ field: 'confirmed', message: 'Confirm that your service is ready to go live' });
    if (problems.length) throw fieldErrors(problems);
    const created = await this.requests.create(serviceId, user.id, { volumes });
    await this.audit.record({ userId: user.id, serviceId, action: 'go-live.requested', subject: created.id, details: { volumes } });
    return goLiveView(created);
  }
}
