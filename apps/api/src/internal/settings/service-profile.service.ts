import { Injectable } from '@nestjs/common';
import { checkRetentionDays, checkServiceName, fieldErrors, FieldProblem, noResultFound, TEMPLATE_TYPES, TemplateType } from '@herald/domain';
import type { ServiceSettingsView } from '@herald/contracts';
import { AuditRepository, DataRetentionRepository, ServiceRepository } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField } from './form-fields';

/** The service's name and how long it keeps its notifications. */
@Injectable()
export class ServiceProfileService {
  constructor(private readonly services: ServiceRepository, private readonly retention: DataRetentionRepository, private readonly audit: AuditRepository) {}

  /** Names are unique whatever their capitalisation (Notify also derives the sender address from it). */
  async rename(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<ServiceSettingsView['service']> {
    const service = await this.services.findById(serviceId);
    if (!service) throw noResultFound();
    const checked = checkServiceName(textField(body, 'name'));
    if (!checked.ok) throw fieldErrors([{ field: 'name', message: checked.message }]);
    const taken = await this.services.findByNameIgnoringCase(checked.value);
    if (taken && taken.id !== serviceId) throw fieldErrors([{ field: 'name', message: 'This service name is already in use' }]);
    if (checked.value !== service.name) {
      await this.services.rename(serviceId, checked.value);
      await this.audit.record({ userId: user.id, serviceId, action: 'service.renamed', subject: serviceId, details: { from: service.name, to: checked.value } });
    }
    return { id: serviceId, name: checked.value, live: !service.restricted };
  }

  async updateRetention(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<Record<TemplateType, number>> {
    const problems: FieldProblem[] = [];
    const days = {} as Record<TemplateType, number>;
    for (const type of FORM_ORDER) {
      const checked = checkRetentionDays(typeof body[type] === 'number' ? String(body[type]) : textField(body, type));
      if (checked.ok) days[type] = checked.value;
      else problems.push({ field: type, message: `${CHANNEL_LABELS[type]}: ${checked.message.charAt(0).toLowerCase()}${checked.message.slice(1)}` });
    }
    if (problems.length) throw fieldErrors(problems);
    const before = await this.retention.forService(serviceId);
    for (const type of TEMPLATE_TYPES) if (before[type] !== days[type]) await this.retention.set(serviceId, type, days[type]);
    await this.audit.record({ userId: user.id, serviceId, action: 'retention.updated', subject: serviceId, details: { from: before, to: days } });
    return days;
  }
}

/** As the form lists them, so the error summary follows the page. */
const FORM_ORDER: readonly TemplateType[] = ['email', 'sms', 'letter'];

export const CHANNEL_LABELS: Readonly<Record<TemplateType, string>> = { email: 'Emails', sms: 'Text messages', letter: 'Letters' };
