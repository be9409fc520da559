import type { MePreferences, MePreferencesChange } from '@herald/contracts';

export const CHANNELS = ['email', 'sms', 'letter'] as const;
export const FORMAT_NEEDS = ['large_print', 'braille', 'audio', 'easy_read', 'bsl'] as const;
/** The address for the confirmation letter: six lines, then the postcode (sent as the last line, as a letter's address has it). */
export const ADDRESS_FIELDS = [
  { label: 'Full name', autocomplete: 'name' },
  { label: 'Address line 1', autocomplete: 'address-line1' },
  { label: 'Address line 2 (optional)', autocomplete: 'address-line2' },
  { label: 'Town or city (optional)', autocomplete: 'address-level2' },
  { label: 'County (optional)', autocomplete: 'address-level1' },
  { label: 'Country (optional)', autocomplete: 'country-name' },
] as const;
const ADDRESS_LINES = ADDRESS_FIELDS.length;

type Channel = (typeof CHANNELS)[number];
type FormatNeed = (typeof FORMAT_NEEDS)[number];

/** The form as the page shows it and the browser posts it back. */
export interface PreferencesFormValues {
  readonly channels: readonly Channel[];
  readonly paperOnly: 'yes' | 'no' | null;
  readonly language: 'en' | 'cy' | 'none' | null;
  readonly formatNeeds: readonly FormatNeed[];
  readonly addressLines: readonly string[];
  readonly postcode: string;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** The form filled in with the person's current choices. A channel they never switched off is ticked. */
export function valuesOf(preferences: MePreferences): PreferencesFormValues {
  return {
    channels: CHANNELS.filter((channel) => preferences.channels[channel] !== false),
    paperOnly: preferences.paper_only ? 'yes' : 'no',
    language: preferences.language ?? 'none',
    formatNeeds: FORMAT_NEEDS.filter((need) => preferences.format_needs.includes(need)),
    addressLines: Array.from({ length: ADDRESS_LINES }, () => ''),
    postcode: '',
  };
}

/** The posted form, keeping only values the form offers. */
export function readForm(body: Record<string, unknown>): PreferencesFormValues {
  const paperOnly = body.paper_only === 'yes' || body.paper_only === 'no' ? body.paper_only : null;
  const language = body.language === 'en' || body.language === 'cy' || body.language === 'none' ? body.language : null;
  return {
    channels: CHANNELS.filter((channel) => listOf(body.channels).includes(channel)),
    paperOnly,
    language,
    formatNeeds: FORMAT_NEEDS.filter((need) => listOf(body.format_needs).includes(need)),
    addressLines: Array.from({ length: ADDRESS_LINES }, (_, i) => textOf(body[`address_line_${i + 1}`])),
    postcode: textOf(body.address_postcode),
  };
}

/** What is wrong with the form, in the order of its fields (empty when nothing is). */
export function problemsOf(current: MePreferences, values: PreferencesFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.paperOnly === null) problems.push({ field: 'paper_only', message: 'Select yes if you want letters only' });
  const becomingPaperOnly = values.paperOnly === 'yes' && !current.paper_only;
  if (values.paperOnly === 'yes' && !values.channels.includes('letter')) {
    problems.push({ field: 'channels', message: 'To get letters only, tick Letter' });
  }
  if (becomingPaperOnly && values.addressLines[0] === '') problems.push({ field: 'address_line_1', message: 'Enter your full name' });
  if (becomingPaperOnly && values.addressLines[1] === '') problems.push({ field: 'address_line_2', message: 'Enter the first line of your address' });
  if (becomingPaperOnly && values.postcode === '') problems.push({ field: 'address_postcode', message: 'Enter your postcode' });
  if (values.language === null) problems.push({ field: 'language', message: 'Select the language you want' });
  return problems;
}

/** Only what the person changed (null when nothing), with the address for the confirmation letter when they choose letters only. */
export function changeOf(current: MePreferences, values: PreferencesFormValues): MePreferencesChange | null {
  const channels = Object.fromEntries(
    CHANNELS.filter((channel) => values.channels.includes(channel) !== (current.channels[channel] !== false)).map((channel) => [
      channel,
      values.channels.includes(channel),
    ]),
  );
  const paperOnly = values.paperOnly === 'yes';
  const language = values.language === 'none' ? null : values.language;
  const sameNeeds = values.formatNeeds.length === current.format_needs.length && values.formatNeeds.every((need) => current.format_needs.includes(need));
  const change: MePreferencesChange = {
    ...(Object.keys(channels).length > 0 ? { channels } : {}),
    ...(paperOnly !== current.paper_only ? { paper_only: paperOnly } : {}),
    ...(language !== current.language ? { language } : {}),
    ...(sameNeeds ? {} : { format_needs: values.formatNeeds }),
    ...(paperOnly && !current.paper_only ? { confirm_to: { address: addressOf(values) } } : {}),
  };
  return Object.keys(change).length > 0 ? change : null;
}

/** The address as a letter has it: the lines given, in order, then the postcode, as address_line_1..7. */
function addressOf(values: PreferencesFormValues): Record<string, string> {
  const lines = [...values.addressLines.filter((line) => line !== ''), values.postcode];
  return Object.fromEntries(lines.map((line, i) => [`address_line_${i + 1}`, line]));
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, 200) : '';
}
