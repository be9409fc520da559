import type { UsageFigures } from './usage-api.types';

/** Types of the organisations endpoints (/internal/organisations). An organisation is the name services give as the one they send for. */

export interface OrganisationServiceSummary {
  readonly id: string;
  readonly name: string;
  readonly live: boolean;
  /** False once archived. */
  readonly active: boolean;
}

export interface OrganisationSummary {
  readonly name: string;
  readonly services: OrganisationServiceSummary[];
}

/** Every organisation with its services (platform admins only). */
export interface OrganisationListResponse {
  /** By name. */
  readonly organisations: OrganisationSummary[];
  /** Services that have not said which organisation they send for. */
  readonly servicesWithoutOrganisation: OrganisationServiceSummary[];
}

export interface OrganisationTeamMember {
  readonly name: string;
  readonly emailAddress: string;
  /** The organisation's services the person is a team member of, by name. */
  readonly services: Array<{ readonly id: string; readonly name: string }>;
}

/** One organisation: its services' usage over a financial year and its team (platform admins and members of its services). */
export interface OrganisationResponse {
  readonly name: string;
  /** The year the financial year shown starts in. */
  readonly financialYear: number;
  /** This financial year and every earlier one since any of its services first sent, newest first. */
  readonly financialYears: number[];
  /** By name, each with its usage over the financial year. */
  readonly services: Array<OrganisationServiceSummary & { readonly usage: UsageFigures }>;
  readonly total: UsageFigures;
  /** By name. */
  readonly team: OrganisationTeamMember[];
}
