import { Injectable } from '@nestjs/common';
import { checkLetterContactBlock, InvalidFieldsError, LetterContact, NotFoundError } from '@herald/domain';
import { AuditRepository, LetterContactRepository, ServiceRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';

/** A service's letter contact blocks: added (checkLetterContactBlock), made the default, removed. */
@Injectable()
export class LetterContactAdministration {
  constructor(
    private readonly contacts: LetterContactRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(serviceId: string): Promise<LetterContact[]> {
    return this.contacts.list(serviceId);
  }

  async add(actor: Actor, serviceId: string, contactBlock: string, makeDefault: boolean): Promise<LetterContact> {
    await existingService(this.services, serviceId);
    const checked = checkLetterContactBlock(contactBlock);
    if (!checked.ok) throw new InvalidFieldsError([{ field: 'contact_block', message: checked.message }]);
    const added = await this.contacts.add(serviceId, checked.value, makeDefault);
    await this.audit.record({ userId: actor.id, serviceId, action: 'letter-contact.added', subject: added.id, details: { isDefault: added.isDefault } });
    return added;
  }

  async makeDefault(actor: Actor, serviceId: string, id: string): Promise<void> {
    if (!(await this.contacts.setDefault(serviceId, id))) throw new NotFoundError('Letter contact block', id);
    await this.audit.record({ userId: actor.id, serviceId, action: 'letter-contact.default-changed', subject: id, details: {} });
  }

  async remove(actor: Actor, serviceId: string, id: string): Promise<void> {
    if (!(await this.contacts.archive(serviceId, id))) throw new NotFoundError('Letter contact block', id);
    await this.audit.record({ userId: actor.id, serviceId, action: 'letter-contact.removed', subject: id, details: {} });
  }
}
