import { Injectable } from '@nestjs/common';
import { checkSmsSender, InvalidFieldsError, NotFoundError, SmsSender, validatePhoneNumber } from '@herald/domain';
import { AuditRepository, ServiceRepository, SmsSenderRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';

export interface NewSmsSenderRequest {
  readonly sender: string;
  readonly makeDefault: boolean;
  /** A number people can text the service on, unique across services (the CLI sets it; the admin does not). */
  readonly inboundNumber?: string;
}

/** A service's text message senders: added (checkSmsSender), made the default, removed. */
@Injectable()
export class SmsSenderAdministration {
  constructor(
    private readonly senders: SmsSenderRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(serviceId: string): Promise<SmsSender[]> {
    await existingService(this.services, serviceId);
    return this.senders.list(serviceId);
  }

  /** Up to 11 letters and digits, or a phone number; the first sender is the default whatever `makeDefault` says. */
  async add(actor: Actor, serviceId: string, request: NewSmsSenderRequest): Promise<SmsSender> {
    await existingService(this.services, serviceId);
    const sender = checkSmsSender(request.sender);
    if (request.inboundNumber !== undefined) await this.checkInboundNumber(request.inboundNumber);
    const added = await this.senders.add(serviceId, sender, { isDefault: request.makeDefault, inboundNumber: request.inboundNumber ?? null });
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'sms-sender.added',
      subject: added.id,
      details: { smsSender: added.smsSender, isDefault: added.isDefault },
    });
    return added;
  }

  async makeDefault(actor: Actor, serviceId: string, id: string): Promise<void> {
    if (!(await this.senders.setDefault(serviceId, id))) throw new NotFoundError('Text message sender', id);
    await this.audit.record({ userId: actor.id, serviceId, action: 'sms-sender.default-changed', subject: id, details: {} });
  }

  /** The default sender stays: texts need one. A sender that receives texts (inbound number) stays too. */
  async remove(actor: Actor, serviceId: string, id: string): Promise<void> {
    const sender = await this.senders.findActive(serviceId, id);
    if (!sender) throw new NotFoundError('Text message sender', id);
    if (sender.isDefault) throw new InvalidFieldsError([{ field: 'sms_sender', message: 'You cannot remove the default text message sender' }]);
    if (sender.inboundNumber) throw new InvalidFieldsError([{ field: 'sms_sender', message: 'You cannot remove a sender that receives text messages' }]);
    await this.senders.archive(serviceId, id);
    await this.audit.record({ userId: actor.id, serviceId, action: 'sms-sender.removed', subject: id, details: { smsSender: sender.smsSender } });
  }

  private async checkInboundNumber(inboundNumber: string): Promise<void> {
    const checked = validatePhoneNumber(inboundNumber);
    if (!checked.ok) throw new InvalidFieldsError([{ field: 'inbound_number', message: checked.message }]);
    if (await this.senders.findServiceByInboundNumber(inboundNumber)) {
      throw new InvalidFieldsError([{ field: 'inbound_number', message: `${inboundNumber} already belongs to a service` }]);
    }
  }
}
