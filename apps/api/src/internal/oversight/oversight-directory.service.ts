import { Injectable } from '@nestjs/common';
import type { OversightServiceRef, OversightStaffMember } from '@herald/contracts';
import { NamedService, PlatformDirectoryRepository, TeamMemberRepository } from '@herald/persistence';

/** Names for what the oversight pages show: services (with their organisation) and the staff who manage them. */
@Injectable()
export class OversightDirectory {
  constructor(
    private readonly directory: PlatformDirectoryRepository,
    private readonly members: TeamMemberRepository,
  ) {}

  /** Every service, or those with these ids, by name. */
  services(ids?: readonly string[]): Promise<NamedService[]> {
    return this.directory.services(ids);
  }

  /** The service by name and organisation (null when it has none: the pages leave it out). */
  refOf(serviceId: string, services: readonly NamedService[]): OversightServiceRef {
    const service = services.find((s) => s.id === serviceId);
    return { id: serviceId, name: service?.name ?? 'Deleted service', organisation: service?.organisation ?? null };
  }

  /** The team members with "Manage settings and team": staff, whom an auditor may contact. */
  async managersOf(serviceId: string): Promise<OversightStaffMember[]> {
    const members = await this.members.listMembers(serviceId);
    return members.filter((m) => m.permissions.includes('manage_service')).map((m) => ({ name: m.name, emailAddress: m.emailAddress }));
  }
}
