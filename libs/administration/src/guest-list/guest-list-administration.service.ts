import { Injectable } from '@nestjs/common';
import { GuestListEntry, guestListProblems, InvalidFieldsError } from '@herald/domain';
import { AuditRepository, GuestListRepository, ServiceRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';

export interface GuestList {
  readonly emailAddresses: string[];
  readonly phoneNumbers: string[];
}

/**
 * Who a trial service, or a team key, may send to besides the team. The whole list is checked
 * each time (guestListProblems: each bad entry named by its position, at most five of each kind).
 */
@Injectable()
export class GuestListAdministration {
  constructor(
    private readonly guestList: GuestListRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async get(serviceId: string): Promise<GuestList> {
    return listOf(await this.guestList.list(serviceId));
  }

  /** The admin's form: the list replaced whole; blank entries are ignored. */
  async replace(actor: Actor, serviceId: string, emailAddresses: readonly string[], phoneNumbers: readonly string[]): Promise<GuestList> {
    const problems = guestListProblems([...emailAddresses], [...phoneNumbers]);
    if (problems.length) throw new InvalidFieldsError(problems);
    await this.guestList.replace(
      serviceId,
      [...emailAddresses, ...phoneNumbers].filter((v) => v !== ''),
    );
    return this.recorded(actor, serviceId);
  }

  /** One more entry (an email address or a phone number), checked first so a bad one is "number 1". */
  async add(actor: Actor, serviceId: string, typedRecipient: string): Promise<GuestListEntry> {
    await existingService(this.services, serviceId);
    const current = await this.get(serviceId);
    const recipient = typedRecipient.trim();
    const isEmail = recipient.includes('@');
    const problems = isEmail
      ? guestListProblems([recipient, ...current.emailAddresses], current.phoneNumbers)
      : guestListProblems(current.emailAddresses, [recipient, ...current.phoneNumbers]);
    if (problems.length) throw new InvalidFieldsError(problems);
    const entry = await this.guestList.add(serviceId, recipient);
    await this.recorded(actor, serviceId);
    return entry;
  }

  private async recorded(actor: Actor, serviceId: string): Promise<GuestList> {
    const after = await this.get(serviceId);
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'guest-list.updated',
      subject: serviceId,
      details: { emailAddresses: after.emailAddresses.length, phoneNumbers: after.phoneNumbers.length },
    });
    return after;
  }
}

function listOf(entries: readonly GuestListEntry[]): GuestList {
  return {
    emailAddresses: entries.filter((e) => e.recipientType === 'email').map((e) => e.recipient),
    phoneNumbers: entries.filter((e) => e.recipientType === 'mobile').map((e) => e.recipient),
  };
}
