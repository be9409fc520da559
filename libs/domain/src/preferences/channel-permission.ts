import type { MessageChannel, TemplateSetKind } from '../messages/template-set.model';
import type { FormatNeed, PreferenceLayer, RecipientPreferences } from './recipient-preferences.model';

export interface ChannelPermission {
  readonly allowed: boolean;
  readonly decidedBy: PreferenceLayer;
}

/**
 * R-PR-4: the person's per-service choice, then their global choice, then the service default
 * (on, when the service may send on the channel). A recipient may be known by several keys (an
 * email address and a phone number): a channel any of them switched off is off.
 */
export function channelPermission(people: readonly RecipientPreferences[], channel: MessageChannel, serviceDefault: boolean): ChannelPermission {
  let verdict: ChannelPermission = { allowed: serviceDefault, decidedBy: 'service_default' };
  for (const person of people) {
    const own = ownChoice(person, channel);
    if (own && (!own.allowed || verdict.decidedBy === 'service_default')) verdict = own;
    if (!verdict.allowed && verdict.decidedBy !== 'service_default') return verdict;
  }
  return verdict;
}

function ownChoice(person: RecipientPreferences, channel: MessageChannel): ChannelPermission | null {
  const perService = person.service?.channels[channel];
  if (perService !== undefined) return { allowed: perService, decidedBy: 'citizen_service' };
  const global = person.global?.channels[channel];
  if (global !== undefined) return { allowed: global, decidedBy: 'citizen_global' };
  return null;
}

/** R-PR-2: any of the person's keys asked for paper only. */
export function isPaperOnly(people: readonly RecipientPreferences[]): boolean {
  return people.some((p) => p.global?.paperOnly === true);
}

/** R-PR-3: only `service` and `optional` messages can be muted, per service. */
export function isKindMuted(people: readonly RecipientPreferences[], kind: TemplateSetKind): boolean {
  if (kind === 'statutory') return false;
  return people.some((p) => p.service?.mutedKinds.includes(kind) === true);
}

/** The person's language, if any of their keys has one. */
export function preferredLanguage(people: readonly RecipientPreferences[]): string | null {
  return people.find((p) => p.global?.language)?.global?.language ?? null;
}

export function formatNeedsOf(people: readonly RecipientPreferences[]): FormatNeed[] {
  return [...new Set(people.flatMap((p) => p.global?.formatNeeds ?? []))];
}
