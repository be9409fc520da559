import { Injectable } from '@nestjs/common';
import type { OrganisationListResponse, OrganisationResponse, OrganisationServiceSummary, OrganisationTeamMember } from '@herald/contracts';
import { OrganisationMembership, OrganisationRepository, OrganisationService, UsageRepository } from '@herald/persistence';
import { authError, noResultFound } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { monthBoundaries } from '../usage/financial-year';
import { NO_USAGE, sumUsage, withUsage } from '../usage/usage-figures';
import { UsageYears } from '../usage/usage-years';

/**
 * Organisations: the services that send for the same organisation, their team and their usage.
 * The list is for platform admins; an organisation's page also for the members of its services,
 * who see each other's services there (anyone else: 403, whether or not it exists).
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly usage: UsageRepository,
    private readonly years: UsageYears,
  ) {}

  async list(): Promise<OrganisationListResponse> {
    const services = await this.organisations.services();
    const byName = new Map<string, OrganisationServiceSummary[]>();
    for (const service of services.filter((s) => s.organisation !== null)) {
      byName.set(service.organisation!, [...(byName.get(service.organisation!) ?? []), summaryOf(service)]);
    }
    return {
      organisations: [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, services: list })),
      servicesWithoutOrganisation: services.filter((s) => s.organisation === null).map(summaryOf),
    };
  }

  async show(user: SignedInUser, name: string, requestedYear: string | undefined, now = new Date()): Promise<OrganisationResponse> {
    const services = await this.organisations.servicesOf(name);
    const serviceIds = services.map((s) => s.id);
    const memberships = await this.organisations.memberships(serviceIds);
    if (!user.platformAdmin && !memberships.some((m) => m.userId === user.id)) {
      throw authError('Only platform admins and members of the organisation’s services can see this', 403);
    }
    if (services.length === 0) throw noResultFound();
    const { financialYear, financialYears } = await this.years.choose(serviceIds, requestedYear, now);
    const boundaries = monthBoundaries(financialYear);
    const used = await this.usage.usage(serviceIds, [boundaries[0], boundaries[boundaries.length - 1]]);
    const withUse = services.map((s) => ({ ...summaryOf(s), usage: used.filter((u) => u.serviceId === s.id).reduce(withUsage, NO_USAGE) }));
    return {
      name,
      financialYear,
      financialYears,
      services: withUse,
      total: sumUsage(withUse.map((s) => s.usage)),
      team: teamOf(memberships, services),
    };
  }
}

const summaryOf = (s: OrganisationService): OrganisationServiceSummary => ({ id: s.id, name: s.name, live: s.live, active: s.active });

/** One entry per person (by name), with the services they are in. */
function teamOf(memberships: readonly OrganisationMembership[], services: readonly OrganisationService[]): OrganisationTeamMember[] {
  const names = new Map(services.map((s) => [s.id, s.name]));
  const people = new Map<string, OrganisationTeamMember>();
  for (const m of memberships) {
    const person = people.get(m.userId) ?? { name: m.name, emailAddress: m.emailAddress, services: [] };
    people.set(m.userId, { ...person, services: [...person.services, { id: m.serviceId, name: names.get(m.serviceId) ?? '' }] });
  }
  return [...people.values()].map((p) => ({ ...p, services: [...p.services].sort((a, b) => a.name.localeCompare(b.name)) }));
}
