import type { IncomingHttpHeaders } from 'node:http';
import type { ContactDetails, RecipientIdentifier } from '@herald/domain';

export type RegisterShape = 'https-json' | 'x-road';

/** One person the register holds (the same shape as the `fake` adapter's `people`). */
export interface RegisterPerson {
  readonly scheme: string;
  readonly value: string;
  readonly contact: ContactDetails;
  readonly declined_purposes?: readonly string[];
}

/** One undeliverable report (R-OO-5), read from either wire shape. */
export interface RecordedUndeliverableReport {
  readonly shape: RegisterShape;
  readonly identifier: RecipientIdentifier | null;
  readonly field: string;
  readonly message_id: string;
  readonly purpose: string;
  readonly status: string;
  readonly headers: IncomingHttpHeaders;
}

/** What the server answers: a status, extra headers and a JSON body. */
export interface WireAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** A look-up as the register understood it, whichever shape carried it. */
export interface LookupRequest {
  readonly identifier: RecipientIdentifier;
  readonly purpose: string;
  readonly messageId: string;
  readonly fields: readonly string[];
  /** X-Road only: the service path `INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICECODE`. */
  readonly service: string | null;
}

type Report = Omit<RecordedUndeliverableReport, 'shape' | 'headers'>;
export type WireRequest = { kind: 'lookup'; lookup: LookupRequest } | { kind: 'report'; report: Report } | { kind: 'unknown' };

/** `POST /lookup` and `POST /undeliverable` with JSON bodies (docs/registers.md). */
export function readHttpsJson(method: string, path: string, body: unknown): WireRequest {
  const json = (body ?? {}) as Record<string, unknown>;
  const route = new URL(path, 'http://register').pathname;
  if (method === 'POST' && route === '/lookup') {
    const fields = Array.isArray(json.fields) ? (json.fields as string[]) : [];
    return {
      kind: 'lookup',
      lookup: { identifier: identifierOf(json.identifier), purpose: String(json.purpose), messageId: String(json.message_id), fields, service: null },
    };
  }
  if (method === 'POST' && route === '/undeliverable') return { kind: 'report', report: reportOf(json) };
  return { kind: 'unknown' };
}

/** `GET /r1/{service}/contacts/{scheme}/{value}?fields=` and `POST /r1/{service}/undeliverable`; purpose and message from `X-Road-Issue`. */
export function readXRoad(method: string, path: string, body: unknown, headers: IncomingHttpHeaders = {}): WireRequest {
  const url = new URL(path, 'http://security-server');
  const segments = url.pathname.split('/').slice(2).map(decodeURIComponent);
  const service = segments.slice(0, 5).join('/');
  const rest = segments.slice(5);
  if (method === 'GET' && rest.length === 3 && rest[0] === 'contacts') {
    const issue = String(headers['x-road-issue'] ?? '');
    const split = issue.indexOf(':');
    const fields = (url.searchParams.get('fields') ?? '').split(',').filter(Boolean);
    return {
      kind: 'lookup',
      lookup: { identifier: { scheme: rest[1], value: rest[2] }, purpose: issue.slice(0, split), messageId: issue.slice(split + 1), fields, service },
    };
  }
  if (method === 'POST' && rest.length === 1 && rest[0] === 'undeliverable')
    return { kind: 'report', report: reportOf((body ?? {}) as Record<string, unknown>) };
  return { kind: 'unknown' };
}

/** Not found is 404; a declined purpose is 403 (or `{"declined": true}`); otherwise every field the person has. */
export function answerLookup(
  lookup: LookupRequest,
  shape: RegisterShape,
  people: readonly RegisterPerson[],
  declined: ReadonlyMap<string, 'status' | 'body'>,
): WireAnswer {
  const person = people.find((p) => p.scheme === lookup.identifier.scheme && p.value === lookup.identifier.value);
  if (!person) return { status: 404, body: { error: 'not found' } };
  const how = declined.get(lookup.purpose) ?? (person.declined_purposes?.includes(lookup.purpose) ? 'status' : null);
  if (how === 'body' && shape === 'https-json') return { status: 200, body: { declined: true } };
  if (how) return { status: 403, body: { error: 'declined' } };
  return { status: 200, body: shape === 'https-json' ? { contact: person.contact } : person.contact };
}

function identifierOf(value: unknown): RecipientIdentifier {
  const identifier = (value ?? {}) as Record<string, unknown>;
  return { scheme: String(identifier.scheme), value: String(identifier.value) };
}

function reportOf(json: Record<string, unknown>): Report {
  return {
    identifier: json.identifier ? identifierOf(json.identifier) : null,
    field: String(json.field),
    message_id: String(json.message_id),
    purpose: String(json.purpose),
    status: String(json.status),
  };
}
