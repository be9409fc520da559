import { randomUUID } from 'node:crypto';
import type { ContactField, LookupOutcome } from '@herald/domain';
import { PurposeLogRepository, RecipientKeys, RegisterRepository, ServiceRegisterPurposeRepository } from '@herald/persistence';
import type { FixtureApp } from './omnichannel-fixtures';

/** One look-up in the purpose log, as the worker writes it (R-OO-3), and what it was made from. */
export interface SeededLookUp {
  readonly entryId: string;
  readonly register: string;
  readonly purpose: string;
  readonly citizenLabel: string;
  /** The person's key: it must never reach an auditor. */
  readonly recipientKey: string;
}

export interface LookUpOptions {
  readonly messageId?: string | null;
  readonly outcome?: LookupOutcome;
  readonly at?: Date;
  readonly identifier?: { readonly scheme: string; readonly value: string };
  readonly fieldsReturned?: ContactField[];
}

/**
 * A register (its own name, so no other suite's settings are touched), the service's grant to use
 * it for a purpose, and one purpose-log row of a look-up made for `messageId`.
 */
export async function aLookUp(app: FixtureApp, serviceId: string, options: LookUpOptions = {}): Promise<SeededLookUp> {
  const register = `population-${randomUUID().slice(0, 8)}`;
  const purpose = 'benefit-review';
  const citizenLabel = 'To send you a letter about your benefit review';
  await app.get(RegisterRepository).save({ name: register, adapter: 'fake', settings: {} });
  await app.get(ServiceRegisterPurposeRepository).grant({ serviceId, register, purpose, citizenLabel, reportUndeliverable: false });
  const recipientKey = app.get(RecipientKeys).forIdentifier(options.identifier ?? { scheme: 'nino', value: 'QQ123456C' });
  const entry = await app.get(PurposeLogRepository).insert({
    at: options.at ?? new Date(),
    serviceId,
    register,
    recipientKey,
    purpose,
    purposeLabel: citizenLabel,
    messageId: options.messageId ?? null,
    fieldsRequested: ['email_address', 'address'],
    fieldsReturned: options.fieldsReturned ?? ['address'],
    outcome: options.outcome ?? 'found',
    requestHash: null,
  });
  return { entryId: entry.id, register, purpose, citizenLabel, recipientKey };
}

/** The oversight pages' route params: a purpose-log entry of the service, and the service itself. */
export async function oversightFixtures(app: FixtureApp, serviceId: string): Promise<{ entryId: string; auditedServiceId: string }> {
  return { entryId: (await aLookUp(app, serviceId)).entryId, auditedServiceId: serviceId };
}
