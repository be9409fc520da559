import type { MePreferenceChange, MePreferences } from '@herald/contracts';
import { formatNeedsOf, isPaperOnly, preferredLanguage, type PreferenceChange, type RecipientPreferences } from '@herald/domain';

const SWITCHES = ['email', 'sms', 'letter'] as const;

/**
 * The person's global choices under every key they are known by, merged as the router reads them:
 * a channel any key switched off is off, paper only if any key asked, the first language found,
 * every format need.
 */
export function mePreferences(people: readonly RecipientPreferences[]): MePreferences {
  const channels: Partial<Record<(typeof SWITCHES)[number], boolean>> = {};
  for (const channel of SWITCHES) {
    const stated = people.map((p) => p.global?.channels[channel]).filter((on): on is boolean => on !== undefined);
    if (stated.length) channels[channel] = stated.every(Boolean);
  }
  const language = preferredLanguage(people);
  const updated = people.map((p) => p.updatedAt?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
  return {
    channels,
    paper_only: isPaperOnly(people),
    language: language === 'en' || language === 'cy' ? language : null,
    format_needs: formatNeedsOf(people),
    updated_at: updated ? new Date(updated).toISOString() : null,
  };
}

/** The history's field names as the API spells them (`paperOnly` is `paper_only`). */
const FIELD_NAMES: Record<string, string> = { paperOnly: 'paper_only', formatNeeds: 'format_needs', mutedKinds: 'muted_kinds' };

/** One history row for the person: the service named when it was a choice for one service. */
export function mePreferenceChange(change: PreferenceChange, serviceName: string | null): MePreferenceChange {
  return {
    at: change.at.toISOString(),
    field: FIELD_NAMES[change.field] ?? change.field,
    old_value: change.oldValue,
    new_value: change.newValue,
    source: change.source,
    service: serviceName,
  };
}
