import type { OrganisationResponse } from '@herald/contracts';
import { figureColumns, financialYearLabel, yearLinks } from '../usage/usage-view';

/** The path of an organisation's page. */
export const organisationPath = (name: string): string => `/organisations/${encodeURIComponent(name)}`;

/** What organisations/organisation.njk shows. */
export function organisationView(organisation: OrganisationResponse) {
  return {
    name: organisation.name,
    yearLabel: financialYearLabel(organisation.financialYear),
    period: `1 April ${organisation.financialYear} to 31 March ${organisation.financialYear + 1}`,
    years: yearLinks(organisationPath(organisation.name), organisation.financialYear, organisation.financialYears),
    services: organisation.services.map((s) => ({
      id: s.id,
      name: s.name,
      href: `/services/${encodeURIComponent(s.id)}`,
      status: !s.active ? 'Archived' : s.live ? 'Live' : 'Trial mode',
      figures: figureColumns(s.usage),
    })),
    total: figureColumns(organisation.total),
    team: organisation.team.map((person) => ({ ...person, serviceNames: person.services.map((s) => s.name).join(', ') })),
  };
}
