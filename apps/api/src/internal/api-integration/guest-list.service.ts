import { Injectable } from '@nestjs/common';
import { fieldErrors, guestListProblems } from '@herald/domain';
import type { GuestListView } from '@herald/contracts';
import { AuditRepository, GuestListRepository } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';

/** Who a trial service, or a team key, may send to besides the team: viewed and replaced whole. */
@Injectable()
export class GuestListService {
  constructor(private readonly guestList: GuestListRepository, private readonly audit: AuditRepository) {}

  async get(serviceId: string): Promise<GuestListView> {
    const entries = await this.guestList.list(serviceId);
    return {
      email_addresses: entries.filter((e) => e.recipientType === 'email').map((e) => e.recipient),
      phone_numbers: entries.filter((e) => e.recipientType === 'mobile').map((e) => e.recipient),
    };
  }

  /** Blank entries are ignored; each bad entry gets its own error, named by its position (`email_address_2`). */
  async replace(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<GuestListView> {
    const emails = entriesOf(body.email_addresses);
    const phones = entriesOf(body.phone_numbers);
    const problems = guestListProblems(emails, phones);
    if (problems.length) throw fieldErrors(problems);
    await this.guestList.replace(serviceId, [...emails, ...phones].filter((v) => v !== ''));
    const after = await this.get(serviceId);
    await this.audit.record({
      userId: user.id, serviceId, action: 'guest-list.updated', subject: serviceId,
      details: { emailAddresses: after.email_addresses.length, phoneNumbers: after.phone_numbers.length },
    });
    return after;
  }
}

function entriesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()];
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : '')) : [];
}
