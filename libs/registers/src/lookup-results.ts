import type { ContactDetails, LookupResult, RecipientIdentifier } from '@herald/domain';
import type { CommonRegisterSettings } from './register-settings';

export function found(contact: ContactDetails, requestHash: string | null = null): LookupResult {
  return { outcome: 'found', contact, requestHash, detail: null };
}

export function notFound(requestHash: string | null = null, detail: string | null = null): LookupResult {
  return { outcome: 'not_found', contact: null, requestHash, detail };
}

export function declined(requestHash: string | null = null): LookupResult {
  return { outcome: 'declined', contact: null, requestHash, detail: null };
}

/** `detail` is for operators' logs: it must name no identifier or contact value. */
export function unavailable(detail: string, requestHash: string | null = null): LookupResult {
  return { outcome: 'unavailable', contact: null, requestHash, detail };
}

/** A register is never asked about a scheme it does not answer: no such person there. */
export function unansweredScheme(common: CommonRegisterSettings, identifier: RecipientIdentifier): LookupResult | null {
  return common.schemes.includes(identifier.scheme) ? null : notFound(null, `the register does not answer identifiers of scheme '${identifier.scheme}'`);
}
