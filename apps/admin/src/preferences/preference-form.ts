import type { AssistedPreferenceChange, RecipientLookupQuery, RecipientPreferencesView } from '@herald/contracts';
import { listOf } from '../templates/template-page-values';

const FORMAT_NEEDS = ['large_print', 'braille', 'audio', 'easy_read', 'bsl'];
type Form = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[value.length - 1] ?? '') : (value ?? '')).trim();

/** One box for either: an `@` makes it an email address, anything else a phone number. */
export function lookupOf(recipient: string): RecipientLookupQuery {
  return recipient.includes('@') ? { email_address: recipient } : { phone_number: recipient };
}

const switchOf = (value: string): boolean | null | undefined => (value === 'on' ? true : value === 'off' ? false : value === 'clear' ? null : undefined);

/**
 * The change the form describes: only what the staff member changed. Format needs and muted kinds
 * are checkboxes showing the current state, so they are sent only when they differ from it.
 */
export function assistedChangeOf(form: Form): AssistedPreferenceChange {
  const channels = Object.fromEntries(
    ['email', 'sms', 'letter'].map((c) => [c, switchOf(one(form[`channel_${c}`]))] as const).filter(([, v]) => v !== undefined),
  );
  const paperOnly = one(form.paper_only);
  const language = one(form.language);
  const needs = listOf(form.format_needs).filter((n) => (FORMAT_NEEDS as readonly string[]).includes(n));
  const muted = listOf(form.muted_kinds);
  const changed = (now: string[], was: string) => [...now].sort().join(',') !== was;
  return {
    ...lookupOf(one(form.recipient)),
    scope: one(form.scope) === 'service' ? 'service' : 'global',
    ...(Object.keys(channels).length ? { channels } : {}),
    ...(paperOnly === 'yes' || paperOnly === 'no' ? { paper_only: paperOnly === 'yes' } : {}),
    ...(language === 'en' || language === 'cy' ? { language } : language === 'clear' ? { language: null } : {}),
    ...(changed(needs, one(form.format_needs_was)) ? { format_needs: needs as AssistedPreferenceChange['format_needs'] } : {}),
    ...(changed(muted, one(form.muted_kinds_was)) ? { muted_kinds: muted as AssistedPreferenceChange['muted_kinds'] } : {}),
    source: 'assisted',
  };
}

const CHANNELS: Record<string, string> = { email: 'Email', sms: 'Text message', letter: 'Letter', inbox: 'Inbox' };
const words = (value: unknown): string => {
  if (value === null || value === undefined) return 'Not set';
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (Array.isArray(value)) return value.length ? value.join(', ').replace(/_/g, ' ') : 'None';
  return String(value).replace(/_/g, ' ');
};
const FIELDS: Record<string, string> = {
  paper_only: 'Letters only',
  language: 'Language',
  format_needs: 'Format needs',
  muted_kinds: 'Muted kinds of message',
};

/** What the page shows of a person's choices: switches in words, the history newest first. */
export function preferencesView(found: RecipientPreferencesView) {
  const switches = (channels: Partial<Record<string, boolean>> | undefined) =>
    Object.entries(channels ?? {}).map(([channel, on]) => `${CHANNELS[channel] ?? channel}: ${on ? 'on' : 'off'}`);
  return {
    found,
    globalSwitches: switches(found.global?.channels),
    serviceSwitches: switches(found.service?.channels),
    formatNeedsWas: [...(found.global?.format_needs ?? [])].sort().join(','),
    mutedKindsWas: [...(found.service?.muted_kinds ?? [])].sort().join(','),
    history: found.history.map((h) => ({
      ...h,
      fieldText: h.field.startsWith('channels.') ? `${CHANNELS[h.field.slice(9)] ?? h.field.slice(9)} switch` : (FIELDS[h.field] ?? h.field),
      oldText: words(h.old_value),
      newText: words(h.new_value),
    })),
  };
}
