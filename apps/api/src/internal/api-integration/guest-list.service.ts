import { Injectable } from '@nestjs/common';
import { GuestList, GuestListAdministration } from '@herald/administration';
import type { GuestListView } from '@herald/contracts';
import type { SignedInUser } from '../auth/signed-in-user';

/** Who a trial service, or a team key, may send to besides the team: viewed and replaced whole (GuestListAdministration). */
@Injectable()
export class GuestListService {
  constructor(private readonly guestList: GuestListAdministration) {}

  async get(serviceId: string): Promise<GuestListView> {
    return view(await this.guestList.get(serviceId));
  }

  /** Blank entries are ignored; each bad entry gets its own error, named by its position (`email_address_2`). */
  async replace(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<GuestListView> {
    return view(await this.guestList.replace(user, serviceId, entriesOf(body.email_addresses), entriesOf(body.phone_numbers)));
  }
}

const view = (list: GuestList): GuestListView => ({ email_addresses: list.emailAddresses, phone_numbers: list.phoneNumbers });

function entriesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()];
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : '')) : [];
}
