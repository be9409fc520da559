import { Injectable } from '@nestjs/common';
import { UserAdministration } from '@herald/administration';
import type { AuditorChanged, PlatformRoleHolder, PlatformRolesResponse } from '@herald/contracts';
import { InvalidFieldsError, User } from '@herald/domain';
import { UserRepository } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';

/** Who holds a platform-wide role, and granting or removing the auditor role (the same check and audit record as `herald user auditor`). */
@Injectable()
export class PlatformRolesService {
  constructor(
    private readonly users: UserRepository,
    private readonly administration: UserAdministration,
  ) {}

  async list(): Promise<PlatformRolesResponse> {
    return { users: (await this.users.withPlatformRoles()).map(holder) };
  }

  async setAuditor(actor: SignedInUser, body: Record<string, unknown>): Promise<AuditorChanged> {
    const emailAddress = typeof body.emailAddress === 'string' ? body.emailAddress.trim() : '';
    if (emailAddress === '') throw new InvalidFieldsError([{ field: 'emailAddress', message: 'Enter the email address of the user' }]);
    if (typeof body.auditor !== 'boolean') throw new InvalidFieldsError([{ field: 'auditor', message: 'Say whether the user is to be an auditor' }]);
    const user = await this.users.findByEmail(emailAddress);
    if (!user)
      throw new InvalidFieldsError([
        { field: 'emailAddress', message: 'No user has this email address – enter the email address of someone who already has a Herald account' },
      ]);
    const { user: changed, changed: wasChanged } = await this.administration.setAuditor(actor, user.id, body.auditor);
    return { user: holder(changed), changed: wasChanged };
  }
}

function holder(user: User): PlatformRoleHolder {
  return { id: user.id, name: user.name, emailAddress: user.emailAddress, platformAdmin: user.platformAdmin, auditor: user.auditor };
}
