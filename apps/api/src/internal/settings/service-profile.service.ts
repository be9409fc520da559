import { Injectable } from '@nestjs/common';
import { ServiceAdministration } from '@herald/administration';
import { checkRetentionDays, FieldProblem, TEMPLATE_TYPES, TemplateType } from '@herald/domain';
import type { ServiceSettingsView } from '@herald/contracts';
import { AuditRepository, DataRetentionRepository } from '@herald/persistence';
import { fieldErrors } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField } from './form-fields';

/** The service's name, its organisation and how long it keeps its notifications. */
@Injectable()
export class ServiceProfileService {
  constructor(
    private readonly services: ServiceAdministration,
    private readonly retention: DataRetentionRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Names are unique whatever their capitalisation (Notify also derives the sender address from it). */
  async rename(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<ServiceSettingsView['service']> {
    const renamed = await this.services.rename(user, serviceId, textField(body, 'name'));
    return { id: serviceId, name: renamed.name, live: !renamed.restricted, organisation: renamed.organisation };
  }

  /** The organisation the service sends for (R-TR-1, R-TR-3): checked and audited as the CLI's `service update --organisation`; blank clears it. */
  async setOrganisation(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<ServiceSettingsView['service']> {
    const updated = await this.services.update(user, serviceId, { organisation: textField(body, 'organisation') });
    return { id: serviceId, name: updated.name, live: !updated.restricted, organisation: updated.organisation };
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
