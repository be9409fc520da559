import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InvalidFieldsError, receiveInboundText, validatePhoneNumber } from '@herald/domain';
import { AuditRepository, InboundSmsRepository, ServiceRepository, SmsSenderRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { ChangeRefusedError } from '../errors/change-refused.error';
import { existingService } from '../services/service-lookup';

/**
 * A text stored as if it had come to the service's inbound number, by the Twilio webhook's path
 * (receiveInboundText), so the service's inbound-sms callback is queued too. For development and seeding.
 */
@Injectable()
export class InboundTextAdministration {
  constructor(
    private readonly services: ServiceRepository,
    private readonly senders: SmsSenderRepository,
    private readonly inbound: InboundSmsRepository,
    private readonly audit: AuditRepository,
  ) {}

  async receive(actor: Actor, serviceId: string, text: { from: string; content: string }): Promise<{ id: string; to: string }> {
    const service = await existingService(this.services, serviceId);
    const from = validatePhoneNumber(text.from);
    if (!from.ok) throw new InvalidFieldsError([{ field: 'from', message: from.message }]);
    const to = (await this.senders.list(service.id)).find((s) => s.inboundNumber)?.inboundNumber;
    if (!to) throw new ChangeRefusedError(`${service.name} has no inbound number: add one with herald sms-sender add --inbound-number`);
    const receipt = await receiveInboundText(this.senders, this.inbound, {
      from: text.from,
      to,
      content: text.content,
      provider: 'cli',
      providerReference: `cli-${randomUUID()}`,
    });
    if (!receipt.stored) throw new Error(`The text was not stored (${receipt.reason})`);
    await this.audit.record({ userId: actor.id, serviceId: service.id, action: 'inbound-sms.received-from-cli', subject: receipt.id });
    return { id: receipt.id, to };
  }
}
