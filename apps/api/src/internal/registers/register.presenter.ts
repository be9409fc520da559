import type { RegisterSummary } from '@herald/administration';
import type { RegisterGrantView, RegisterView, ServiceLookupView } from '@herald/contracts';
import type { PurposeLogEntry, ServiceRegisterPurpose } from '@herald/domain';

/** Service names by id, for showing grants. */
export type ServiceNames = ReadonlyMap<string, string>;

export function grantView(grant: ServiceRegisterPurpose, names: ServiceNames): RegisterGrantView {
  return {
    serviceId: grant.serviceId,
    serviceName: names.get(grant.serviceId) ?? null,
    register: grant.register,
    purpose: grant.purpose,
    citizenLabel: grant.citizenLabel,
    reportUndeliverable: grant.reportUndeliverable,
    createdAt: grant.createdAt.toISOString(),
  };
}

export function registerView(register: RegisterSummary, names: ServiceNames): RegisterView {
  return {
    name: register.name,
    adapter: register.adapter,
    settings: register.settings,
    createdAt: register.createdAt.toISOString(),
    updatedAt: register.updatedAt?.toISOString() ?? null,
    grants: register.grants.map((grant) => grantView(grant, names)),
  };
}

/** Everything of the row but the recipient key: the team sees what was asked, never of whom. */
export function lookupView(entry: PurposeLogEntry): ServiceLookupView {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    register: entry.register,
    purpose: entry.purpose,
    purposeLabel: entry.purposeLabel,
    fieldsRequested: [...entry.fieldsRequested],
    fieldsReturned: [...entry.fieldsReturned],
    outcome: entry.outcome,
    messageId: entry.messageId,
  };
}
