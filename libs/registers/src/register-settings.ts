import { CONTACT_FIELDS, ContactField, RegisterAdapter, RegisterDefinition } from '@herald/domain';

/** How long a look-up may take when a register's settings do not say (R-OO-4: a timeout is `unavailable`). */
export const DEFAULT_TIMEOUT_MS = 5000;
const MOST_TIMEOUT_MS = 60_000;

/** The settings every adapter shares. */
export interface CommonRegisterSettings {
  /** The identifier schemes the register answers (`nino`, `personal_code`...). */
  readonly schemes: readonly string[];
  /** The fields the register holds; a look-up never asks for others. */
  readonly fields: readonly ContactField[];
  readonly timeoutMs: number;
}

/** The shared settings of a definition, with their defaults. Assumes settings that passed registerSettingsProblems. */
export function commonRegisterSettings(settings: Readonly<Record<string, unknown>>): CommonRegisterSettings {
  const fields = Array.isArray(settings.fields) ? (settings.fields as ContactField[]) : [...CONTACT_FIELDS];
  return {
    schemes: Array.isArray(settings.schemes) ? (settings.schemes as string[]) : [],
    fields,
    timeoutMs: typeof settings.timeout_ms === 'number' ? settings.timeout_ms : DEFAULT_TIMEOUT_MS,
  };
}

/** Whether a register answers identifiers of this scheme (the API can refuse others before accepting a message). */
export function registerAnswers(definition: Pick<RegisterDefinition, 'settings'>, scheme: string): boolean {
  return commonRegisterSettings(definition.settings).schemes.includes(scheme);
}

/** The settings that hold secrets; they are never shown back (admin, CLI) once saved. */
export const SECRET_SETTINGS: readonly string[] = ['token'];

/** What a secret shows as once saved; given back in a form, it means "keep the current one". */
export const REDACTED_SECRET = '(set, not shown)';

/** The settings with each secret replaced by a marker saying it is set. */
export function redactRegisterSettings(settings: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const shown: Record<string, unknown> = { ...settings };
  for (const key of SECRET_SETTINGS) if (shown[key] !== undefined) shown[key] = REDACTED_SECRET;
  return shown;
}

const COMMON_KEYS = ['schemes', 'fields', 'timeout_ms'];
const ADAPTER_KEYS: Record<RegisterAdapter, string[]> = {
  fake: ['people'],
  'https-json': ['url', 'token'],
  'x-road': ['security_server_url', 'client', 'service', 'user_id'],
};

/**
 * What is wrong with a register's settings, in words an administrator can act on; empty when
 * they are usable. Names settings, never echoes their values (a token may be among them).
 */
export function registerSettingsProblems(adapter: RegisterAdapter, settings: Record<string, unknown>): string[] {
  if (!(adapter in ADAPTER_KEYS)) return [`Unknown adapter '${String(adapter)}': use one of ${Object.keys(ADAPTER_KEYS).join(', ')}.`];
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return ['Settings must be a JSON object.'];
  const known = [...COMMON_KEYS, ...ADAPTER_KEYS[adapter]];
  const problems = Object.keys(settings)
    .filter((key) => !known.includes(key))
    .map((key) => `Unknown setting '${key}' for the ${adapter} adapter: it takes ${known.join(', ')}.`);
  problems.push(...commonProblems(settings));
  if (adapter === 'fake') problems.push(...fakeProblems(settings));
  if (adapter === 'https-json') problems.push(...httpsJsonProblems(settings));
  if (adapter === 'x-road') problems.push(...xRoadProblems(settings));
  return problems;
}

function commonProblems(settings: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!isTextList(settings.schemes) || settings.schemes.length === 0) {
    problems.push('\'schemes\' must list the identifier schemes the register answers, e.g. ["nino"].');
  }
  if (settings.fields !== undefined && (!Array.isArray(settings.fields) || !settings.fields.every(isContactField))) {
    problems.push(`'fields' must list fields the register holds, among ${CONTACT_FIELDS.join(', ')}.`);
  }
  const timeout = settings.timeout_ms;
  if (timeout !== undefined && (!Number.isInteger(timeout) || (timeout as number) < 1 || (timeout as number) > MOST_TIMEOUT_MS)) {
    problems.push(`'timeout_ms' must be a whole number of milliseconds from 1 to ${MOST_TIMEOUT_MS}.`);
  }
  return problems;
}

function fakeProblems(settings: Record<string, unknown>): string[] {
  const people = settings.people;
  if (!Array.isArray(people)) return ["'people' must be a list of { scheme, value, contact, declined_purposes? }."];
  return people.flatMap((person: unknown, index) => {
    const p = (person ?? {}) as Record<string, unknown>;
    const problems: string[] = [];
    if (!isText(p.scheme) || !isText(p.value)) problems.push(`people[${index}] needs a 'scheme' and a 'value'.`);
    if (typeof p.contact !== 'object' || p.contact === null || Array.isArray(p.contact)) problems.push(`people[${index}].contact must be an object.`);
    if (p.declined_purposes !== undefined && !isTextList(p.declined_purposes)) problems.push(`people[${index}].declined_purposes must list purpose codes.`);
    return problems;
  });
}

function httpsJsonProblems(settings: Record<string, unknown>): string[] {
  const problems = urlProblems('url', settings.url);
  if (settings.token !== undefined && !isText(settings.token)) problems.push("'token' must be a non-empty string when set.");
  return problems;
}

function xRoadProblems(settings: Record<string, unknown>): string[] {
  const problems = urlProblems('security_server_url', settings.security_server_url);
  if (!isXRoadId(settings.client, 4)) problems.push("'client' must be the subsystem Herald calls from: INSTANCE/CLASS/MEMBER/SUBSYSTEM.");
  if (!isXRoadId(settings.service, 5)) problems.push("'service' must be the register's service: INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICECODE.");
  if (settings.user_id !== undefined && !isText(settings.user_id)) problems.push("'user_id' must be a non-empty string when set.");
  return problems;
}

/** Contact details are personal data: plain HTTP only to a register on this machine. */
function urlProblems(key: string, value: unknown): string[] {
  if (!isText(value)) return [`'${key}' is required: the register's base URL.`];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`'${key}' is not a valid URL.`];
  }
  if (url.protocol === 'https:') return [];
  if (url.protocol !== 'http:') return [`'${key}' must be an https:// URL.`];
  return isLoopback(url.hostname) ? [] : [`'${key}' must use https://: plain http:// is allowed only to a loopback host (127.0.0.1, ::1, localhost).`];
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function isXRoadId(value: unknown, parts: number): boolean {
  return isText(value) && value.split('/').length === parts && value.split('/').every((part) => part.trim() !== '');
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isText);
}

function isContactField(value: unknown): value is ContactField {
  return (CONTACT_FIELDS as readonly unknown[]).includes(value);
}
