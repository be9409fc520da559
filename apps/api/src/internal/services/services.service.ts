import { Injectable } from '@nestjs/common';
import type { CreatedService } from '@herald/contracts';
import { checkServiceName, fieldErrors, TEAM_PERMISSIONS } from '@herald/domain';
import { AuditRepository, ServiceRepository, TeamMemberRepository } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField } from '../settings/form-fields';

/**
 * A new service: the same name rule and audit record as `herald service create`, in trial mode,
 * with its creator as a team member holding every permission (someone must manage it).
 */
@Injectable()
export class ServicesService {
  constructor(private readonly services: ServiceRepository, private readonly members: TeamMemberRepository, private readonly audit: AuditRepository) {}

  async create(user: SignedInUser, body: Record<string, unknown>): Promise<CreatedService> {
    const checked = checkServiceName(textField(body, 'name'));
    if (!checked.ok) throw fieldErrors([{ field: 'name', message: checked.message }]);
    const nameTaken = () => fieldErrors([{ field: 'name', message: 'This service name is already in use' }]);
    if (await this.services.findByNameIgnoringCase(checked.value)) throw nameTaken();
    const created = await this.services.createUnlessNameTaken({ name: checked.value, restricted: true });
    if (!created) throw nameTaken();
    await this.members.add(created.id, user.id, TEAM_PERMISSIONS);
    await this.audit.record({ userId: user.id, serviceId: created.id, action: 'service.created', subject: created.id, details: { name: created.name, live: false } });
    return { id: created.id, name: created.name, live: false };
  }
}
