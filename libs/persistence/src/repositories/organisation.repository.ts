import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceEntity } from '../entities/service.entity';
import { ServiceUserEntity } from '../entities/service-user.entity';
import { UserEntity } from '../entities/user.entity';

/** A service as an organisation's pages list it. */
export interface OrganisationService {
  readonly id: string;
  readonly name: string;
  /** The organisation (department) it sends for, or null. */
  readonly organisation: string | null;
  readonly live: boolean;
  /** False once archived. */
  readonly active: boolean;
}

/** One person's membership of one of an organisation's services. */
export interface OrganisationMembership {
  readonly userId: string;
  readonly name: string;
  readonly emailAddress: string;
  readonly serviceId: string;
}

/**
 * Organisations as Herald models them today: the name a service gives as the organisation it
 * sends for (`services.organisation`). Services with the same name belong to the same organisation.
 */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every service, by organisation then name; those with no organisation too. */
  async services(): Promise<OrganisationService[]> {
    const rows = await this.dataSource.getRepository(ServiceEntity).find({
      select: { id: true, name: true, organisation: true, restricted: true, active: true },
      order: { organisation: 'ASC', name: 'ASC' },
    });
    return rows.map(toService);
  }

  /** The services that send for `organisation` (its exact name), by name. */
  async servicesOf(organisation: string): Promise<OrganisationService[]> {
    const rows = await this.dataSource.getRepository(ServiceEntity).find({
      select: { id: true, name: true, organisation: true, restricted: true, active: true },
      where: { organisation },
      order: { name: 'ASC' },
    });
    return rows.map(toService);
  }

  /** Who is in the team of any of these services, one row per person and service, by name. */
  async memberships(serviceIds: readonly string[]): Promise<OrganisationMembership[]> {
    if (serviceIds.length === 0) return [];
    const rows = await this.dataSource
      .createQueryBuilder(ServiceUserEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.service_id IN (:...serviceIds)', { serviceIds: [...serviceIds] })
      .select(['u.id AS user_id', 'u.name AS name', 'u.email_address AS email_address', 'm.service_id AS service_id'])
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.email_address', 'ASC')
      .getRawMany<{ user_id: string; name: string; email_address: string; service_id: string }>();
    return rows.map((r) => ({ userId: r.user_id, name: r.name, emailAddress: r.email_address, serviceId: r.service_id }));
  }
}

function toService(row: ServiceEntity): OrganisationService {
  return { id: row.id, name: row.name, organisation: row.organisation, live: !row.restricted, active: row.active };
}
