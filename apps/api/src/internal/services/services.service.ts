import { Injectable } from '@nestjs/common';
import { ServiceAdministration } from '@herald/administration';
import type { CreatedService } from '@herald/contracts';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField } from '../settings/form-fields';

/**
 * A new service: the same name rule and audit record as `herald service create`, in trial mode,
 * with its creator as a team member holding every permission (someone must manage it).
 */
@Injectable()
export class ServicesService {
  constructor(private readonly services: ServiceAdministration) {}

  async create(user: SignedInUser, body: Record<string, unknown>): Promise<CreatedService> {
    const created = await this.services.create(user, { name: textField(body, 'name'), live: false, creatorJoinsTeam: true });
    return { id: created.id, name: created.name, live: false };
  }
}
