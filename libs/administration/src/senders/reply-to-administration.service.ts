import { Injectable } from '@nestjs/common';
import { checkReplyToAddress, EmailReplyTo, NotFoundError } from '@herald/domain';
import { AuditRepository, EmailReplyToRepository, ServiceRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';

/** A service's email reply-to addresses: added (checkReplyToAddress), made the default, removed. */
@Injectable()
export class ReplyToAdministration {
  constructor(
    private readonly replyTos: EmailReplyToRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(serviceId: string): Promise<EmailReplyTo[]> {
    return this.replyTos.list(serviceId);
  }

  /** The first address is the default whatever `makeDefault` says. */
  async add(actor: Actor, serviceId: string, typedAddress: string, makeDefault: boolean): Promise<EmailReplyTo> {
    await existingService(this.services, serviceId);
    const address = checkReplyToAddress(typedAddress);
    const added = await this.replyTos.add(serviceId, address, makeDefault);
    await this.audit.record({ userId: actor.id, serviceId, action: 'reply-to.added', subject: added.id, details: { isDefault: added.isDefault } });
    return added;
  }

  async makeDefault(actor: Actor, serviceId: string, id: string): Promise<void> {
    if (!(await this.replyTos.setDefault(serviceId, id))) throw new NotFoundError('Reply-to address', id);
    await this.audit.record({ userId: actor.id, serviceId, action: 'reply-to.default-changed', subject: id, details: {} });
  }

  async remove(actor: Actor, serviceId: string, id: string): Promise<void> {
    if (!(await this.replyTos.archive(serviceId, id))) throw new NotFoundError('Reply-to address', id);
    await this.audit.record({ userId: actor.id, serviceId, action: 'reply-to.removed', subject: id, details: {} });
  }
}
