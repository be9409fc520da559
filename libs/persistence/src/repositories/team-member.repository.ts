import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { formatTeamPermissions, Membership, parseTeamPermissions, TeamMember, TeamPermission } from '@herald/domain';
import { ServiceEntity } from '../entities/service.entity';
import { ServiceUserEntity } from '../entities/service-user.entity';
import { UserEntity } from '../entities/user.entity';

/** Who belongs to which service and with which permissions. Every query takes the service id. */
@Injectable()
export class TeamMemberRepository {
  private readonly members: Repository<ServiceUserEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.members = dataSource.getRepository(ServiceUserEntity);
  }

  async add(serviceId: string, userId: string, permissions: readonly TeamPermission[]): Promise<void> {
    const stored = formatTeamPermissions(permissions);
    const existing = await this.members.findOneBy({ serviceId, userId });
    if (existing) await this.members.update({ serviceId, userId }, { permissions: stored });
    else await this.members.insert({ serviceId, userId, permissions: stored, createdAt: new Date() });
  }

  /** The member's permissions in the service, or null when the user is not a member. */
  async permissionsOf(serviceId: string, userId: string): Promise<TeamPermission[] | null> {
    const member = await this.members.findOneBy({ serviceId, userId });
    return member ? parseTeamPermissions(member.permissions) : null;
  }

  async setPermissions(serviceId: string, userId: string, permissions: readonly TeamPermission[]): Promise<boolean> {
    const result = await this.members.update({ serviceId, userId }, { permissions: formatTeamPermissions(permissions) });
    return (result.affected ?? 0) > 0;
  }

  async remove(serviceId: string, userId: string): Promise<boolean> {
    const result = await this.members.delete({ serviceId, userId });
    return (result.affected ?? 0) > 0;
  }

  async listMembers(serviceId: string): Promise<TeamMember[]> {
    const rows = await this.dataSource
      .createQueryBuilder(ServiceUserEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.service_id = :serviceId', { serviceId })
      .select(['u.id AS user_id', 'u.email_address AS email_address', 'u.name AS name', 'm.permissions AS permissions', 'm.created_at AS created_at'])
      .orderBy('u.name', 'ASC')
      .getRawMany<{ user_id: string; email_address: string; name: string; permissions: string; created_at: Date | string }>();
    return rows.map((r) => ({
      userId: r.user_id,
      emailAddress: r.email_address,
      name: r.name,
      permissions: parseTeamPermissions(r.permissions),
      joinedAt: new Date(r.created_at),
    }));
  }

  /** Active services the user belongs to, by name. */
  async membershipsOf(userId: string): Promise<Membership[]> {
    const rows = await this.dataSource
      .createQueryBuilder(ServiceUserEntity, 'm')
      .innerJoin(ServiceEntity, 's', 's.id = m.service_id')
      .where('m.user_id = :userId', { userId })
      .andWhere('s.active = :active', { active: true })
      .select(['s.id AS service_id', 's.name AS service_name', 's.restricted AS restricted', 'm.permissions AS permissions'])
      .orderBy('s.name', 'ASC')
      .getRawMany<{ service_id: string; service_name: string; restricted: boolean | number; permissions: string }>();
    return rows.map((r) => ({
      serviceId: r.service_id,
      serviceName: r.service_name,
      restricted: Boolean(r.restricted),
      permissions: parseTeamPermissions(r.permissions),
    }));
  }
}
