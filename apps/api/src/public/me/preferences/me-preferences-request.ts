import { FORMAT_NEEDS, PREFERENCE_LANGUAGES, type FieldProblem, type FormatNeed } from '@herald/domain';
import type { PreferenceUpdate } from '@herald/persistence';

/** A person's change to their own choices (MePreferencesChange), checked. */
export interface CheckedMeChange {
  readonly update: PreferenceUpdate;
  /** `confirm_to.address`: where a paper-only confirmation goes. */
  readonly address: Readonly<Record<string, string>> | null;
}

const FIELDS = ['channels', 'paper_only', 'language', 'format_needs', 'confirm_to'];
const CHANNELS = ['email', 'sms', 'letter'];
const ADDRESS_FIELD = /^(address_line_[1-7]|postcode)$/;

/** Every problem of a `PUT /herald/v1/me/preferences` body, with its field; nothing is written unless there are none. */
export function checkMeChange(body: unknown): { change: CheckedMeChange | null; problems: FieldProblem[] } {
  if (!isObject(body)) return { change: null, problems: [{ field: 'body', message: 'The body must be a JSON object' }] };
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const unexpected = Object.keys(body).filter((key) => !FIELDS.includes(key));
  if (unexpected.length) problem(unexpected[0], `Additional properties are not allowed (${unexpected.join(', ')} was unexpected)`);
  const channels = checkChannels(body.channels, problem);
  if (body.paper_only !== undefined && typeof body.paper_only !== 'boolean') problem('paper_only', 'paper_only must be true or false');
  const language = body.language;
  if (language !== undefined && language !== null && !(PREFERENCE_LANGUAGES as readonly unknown[]).includes(language))
    problem('language', `language must be one of ${PREFERENCE_LANGUAGES.join(', ')}, or null for no preference`);
  const formatNeeds = checkFormatNeeds(body.format_needs, problem);
  const address = checkAddress(body.confirm_to, problem);
  if (problems.length) return { change: null, problems };
  const update: PreferenceUpdate = {
    ...(channels ? { channels } : {}),
    ...(body.paper_only !== undefined ? { paperOnly: body.paper_only as boolean } : {}),
    ...(language !== undefined ? { language: language as string | null } : {}),
    ...(formatNeeds ? { formatNeeds } : {}),
  };
  return { change: { update, address }, problems };
}

export function isEmptyUpdate(update: PreferenceUpdate): boolean {
  return Object.keys(update.channels ?? {}).length === 0 && update.paperOnly === undefined && update.language === undefined && update.formatNeeds === undefined;
}

type Report = (field: string, message: string) => void;

function checkChannels(value: unknown, problem: Report): Record<string, boolean> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problem('channels', 'channels must be an object such as {"sms": false}');
    return undefined;
  }
  const switches: Record<string, boolean> = {};
  for (const [channel, on] of Object.entries(value)) {
    if (!CHANNELS.includes(channel)) problem('channels', `Unknown channel ${channel}: use ${CHANNELS.join(', ')}`);
    else if (typeof on !== 'boolean') problem('channels', `The ${channel} switch must be true or false`);
    else switches[channel] = on;
  }
  return switches;
}

function checkFormatNeeds(value: unknown, problem: Report): FormatNeed[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problem('format_needs', 'format_needs must be a list');
    return undefined;
  }
  const unknown = value.filter((v) => !(FORMAT_NEEDS as readonly unknown[]).includes(v));
  if (unknown.length) problem('format_needs', `format_needs must be among ${FORMAT_NEEDS.join(', ')} (not ${unknown.map(String).join(', ')})`);
  return value as FormatNeed[];
}

function checkAddress(confirmTo: unknown, problem: Report): Record<string, string> | null {
  if (confirmTo === undefined) return null;
  if (!isObject(confirmTo) || Object.keys(confirmTo).some((key) => key !== 'address')) {
    problem('confirm_to', 'confirm_to must be an object with an address');
    return null;
  }
  const address = confirmTo.address;
  if (address === undefined) return null;
  if (!isObject(address) || Object.entries(address).some(([key, line]) => !ADDRESS_FIELD.test(key) || typeof line !== 'string')) {
    problem('confirm_to.address', 'confirm_to.address must hold address_line_1 to address_line_7 (and postcode) as text');
    return null;
  }
  return address as Record<string, string>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
