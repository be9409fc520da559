import {
  FieldProblem,
  FORMAT_NEEDS,
  FormatNeed,
  MUTABLE_KINDS,
  MutableKind,
  PREFERENCE_CHANNELS,
  PREFERENCE_LANGUAGES,
  PreferenceChannel,
  PreferenceSource,
  validateEmailAddress,
  validatePhoneNumber,
} from '@herald/domain';
import type { PreferenceUpdate } from '@herald/persistence';

/** Who the staff member is looking up: an email address or a phone number (one of them). */
export interface RecipientLookup {
  readonly emailAddress?: string | null;
  readonly phoneNumber?: string | null;
}

/** A change as the admin's form, the API or the CLI send it; every value is checked here. */
export interface AssistedChangeRequest {
  /** `global` (every service) or `service` (this service only). */
  readonly scope: unknown;
  /** `{ email?: boolean | null, sms?: …, letter?: …, inbox?: … }`; null removes the switch. */
  readonly channels?: unknown;
  readonly paperOnly?: unknown;
  /** `en`, `cy`, or null for no preference. */
  readonly language?: unknown;
  readonly formatNeeds?: unknown;
  readonly mutedKinds?: unknown;
  /** `assisted` (the default: told on the phone or at a counter) or `service` (from the service's own records). */
  readonly source?: unknown;
}

export type PreferenceScope = 'global' | 'service';

export interface CheckedChange {
  readonly scope: PreferenceScope;
  readonly update: PreferenceUpdate;
  readonly source: PreferenceSource;
}

/** Staff may record what a person told them, or what the service knows; never a citizen's own change. */
const STAFF_SOURCES = ['assisted', 'service'] as const satisfies readonly PreferenceSource[];

/** The problems of a lookup: exactly one of an email address and a phone number, valid. */
export function lookupProblems(lookup: RecipientLookup): FieldProblem[] {
  const email = lookup.emailAddress?.trim() ?? '';
  const phone = lookup.phoneNumber?.trim() ?? '';
  if (email && phone) return [{ field: 'email_address', message: 'Give an email address or a phone number, not both' }];
  if (!email && !phone) return [{ field: 'email_address', message: 'Give the person’s email address or phone number' }];
  if (email && !validateEmailAddress(email).ok) return [{ field: 'email_address', message: 'Not a valid email address' }];
  const phoneCheck = phone ? validatePhoneNumber(phone) : null;
  if (phoneCheck && !phoneCheck.ok) return [{ field: 'phone_number', message: phoneCheck.message }];
  return [];
}

/** Checks every field of a change and says what is wrong with each, with the API's field names. */
export function checkChange(request: AssistedChangeRequest): { change: CheckedChange | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (request.scope !== 'global' && request.scope !== 'service') problem('scope', 'Choose global (every service) or service (this service only) as the scope');
  const channels = checkChannels(request.channels, problem);
  if (request.paperOnly !== undefined && typeof request.paperOnly !== 'boolean') problem('paper_only', 'Paper only must be true or false');
  const language = request.language;
  if (language !== undefined && language !== null && !(PREFERENCE_LANGUAGES as readonly unknown[]).includes(language))
    problem('language', `Language must be one of ${PREFERENCE_LANGUAGES.join(', ')}`);
  const formatNeeds = listOf<FormatNeed>(request.formatNeeds, FORMAT_NEEDS, 'format_needs', 'Format needs', problem);
  // R-PR-3, said in its own words rather than as an unknown kind.
  const statutory = Array.isArray(request.mutedKinds) && request.mutedKinds.includes('statutory');
  if (statutory) problem('muted_kinds', 'Statutory messages cannot be muted');
  const kinds = statutory ? (request.mutedKinds as unknown[]).filter((k) => k !== 'statutory') : request.mutedKinds;
  const mutedKinds = listOf<MutableKind>(kinds, MUTABLE_KINDS, 'muted_kinds', 'Muted kinds', problem);
  const source = request.source ?? 'assisted';
  if (!(STAFF_SOURCES as readonly unknown[]).includes(source)) problem('source', `Staff can record a change as ${STAFF_SOURCES.join(' or ')}`);
  if (problems.length) return { change: null, problems };
  const update: PreferenceUpdate = {
    channels,
    paperOnly: request.paperOnly as boolean | undefined,
    language: language as string | null | undefined,
    formatNeeds,
    mutedKinds,
  };
  return { change: { scope: request.scope as PreferenceScope, update, source: source as PreferenceSource }, problems };
}

/** True when the change names nothing to change. */
export function isEmptyChange(update: PreferenceUpdate): boolean {
  const named = [update.paperOnly, update.language, update.formatNeeds, update.mutedKinds].some((v) => v !== undefined);
  return !named && Object.keys(update.channels ?? {}).length === 0;
}

type Report = (field: string, message: string) => void;

function checkChannels(value: unknown, problem: Report): Partial<Record<PreferenceChannel, boolean | null>> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problem('channels', 'Channels must be an object such as {"sms": false}');
    return undefined;
  }
  const switches: Partial<Record<PreferenceChannel, boolean | null>> = {};
  for (const [channel, on] of Object.entries(value)) {
    if (!(PREFERENCE_CHANNELS as readonly string[]).includes(channel)) problem('channels', `Unknown channel ${channel}: use ${PREFERENCE_CHANNELS.join(', ')}`);
    else if (on !== true && on !== false && on !== null) problem('channels', `The ${channel} switch must be true, false or null`);
    else switches[channel as PreferenceChannel] = on;
  }
  return switches;
}

function listOf<T extends string>(value: unknown, allowed: readonly T[], field: string, label: string, problem: Report): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problem(field, `${label} must be a list`);
    return undefined;
  }
  const unknown = value.filter((v) => !(allowed as readonly unknown[]).includes(v));
  if (unknown.length) problem(field, `${label} must be among ${allowed.join(', ')} (not ${unknown.map(String).join(', ')})`);
  return value as T[];
}
