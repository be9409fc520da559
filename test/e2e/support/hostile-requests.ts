import fc from 'fast-check';
import {
  hostileAddress,
  hostileContentType,
  hostilePersonalisation,
  hostileText,
  hostileUrlText,
  hostileValue,
  nestedArrays,
  notAString,
  PROTOTYPE_KEYS,
  RawJson,
  toJson,
} from './hostile-values';

/** The service the generated requests are sent for, with one template of each kind. */
export interface BadInputFixture {
  readonly serviceId: string;
  readonly emailTemplateId: string;
  readonly smsTemplateId: string;
  readonly letterTemplateId: string;
  /** A letter template whose QR code is too long: a letter to it is refused only after every other check. */
  readonly qrLetterTemplateId: string;
}

/**
 * `valid` and `team`: a fresh token for the fixture's live or team key, made when the request is
 * sent. A team key may not send to strangers, which is checked last, after rendering.
 */
export type HostileAuthorization =
  | { readonly kind: 'valid' }
  | { readonly kind: 'team' }
  | { readonly kind: 'none' }
  | { readonly kind: 'header'; readonly value: string }
  | { readonly kind: 'forged'; readonly claims: string; readonly alg: string };

export interface HostileRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType?: string;
  readonly body?: string;
  readonly authorization: HostileAuthorization;
  /** Every generated send carries at least one defect Notify refuses, so none may be accepted. */
  readonly mustBeRefused: boolean;
}

type Body = Record<string, unknown>;
type Mutation = (body: Body) => Body;

const VALID: HostileAuthorization = { kind: 'valid' };
// Computed keys make own properties, even `__proto__`.
const set =
  (field: string, value: unknown): Mutation =>
  (body) => ({ ...body, [field]: value });
const omit =
  (field: string): Mutation =>
  (body) =>
    Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));
const withPersonalisation =
  (change: (p: Body) => Body): Mutation =>
  (body) => ({ ...body, personalisation: change((body.personalisation ?? {}) as Body) });

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RawJson);

/** Mutations any templated send refuses. */
function commonDefects(known: readonly string[], required: readonly string[], stringFields: readonly string[]): fc.Arbitrary<Mutation>[] {
  return [
    fc
      .tuple(
        fc
          .oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'template', 'extra', 'Reference', 'TEMPLATE_ID'), fc.string({ minLength: 1, maxLength: 12 }))
          .filter((key) => !known.includes(key)),
        hostileValue,
      )
      .map(([key, value]) => set(key, value)),
    fc.tuple(fc.constantFrom(...stringFields), notAString).map(([field, value]) => set(field, value)),
    fc.constantFrom(...required).map(omit),
    fc.oneof(fc.uuid(), hostileText, notAString).map((id) => set('template_id', id)),
    fc.string({ maxLength: 20 }).map((text) => set('reference', `${text}\u0000`)),
    fc.integer({ min: 1001, max: 5000 }).map((length) => set('reference', 'r'.repeat(length))),
    fc.tuple(fc.constantFrom(...known), fc.integer({ min: 65, max: 5000 })).map(([field, depth]) => set(field, new RawJson(nestedArrays(depth)))),
    fc.integer({ min: 65, max: 3300 }).map((depth) => withPersonalisation((p) => ({ ...p, name: new RawJson(nestedArrays(depth)) }))),
    hostileValue.filter((value) => !isPlainObject(value)).map((value) => set('personalisation', value)),
  ];
}

/** Whole bodies no send accepts: not JSON, not an object, empty, or nested too deep. */
const hostileWholeBody: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  fc.constantFrom('', ' ', 'null', '[]', '{}', '"x"', '0', 'true', '{"a":', '\u0000', '{"__proto__": {"template_id": 1}}', nestedArrays(65)),
  fc
    .jsonValue({ maxDepth: 3 })
    .filter((value) => !isPlainObject(value))
    .map((value) => JSON.stringify(value)),
  { weight: 1, arbitrary: fc.constant(nestedArrays(1_000_000)) },
);

function aSend(path: string, base: Body, defects: fc.Arbitrary<Mutation>[]): fc.Arbitrary<HostileRequest> {
  const mutated = fc
    .record({ noise: hostilePersonalisation, defects: fc.array(fc.oneof(...defects), { minLength: 1, maxLength: 3 }) })
    .map(({ noise, defects: chosen }) => {
      let body: Body = base.personalisation ? withPersonalisation((p) => ({ ...p, ...noise }))(base) : base;
      for (const defect of chosen) body = defect(body);
      return toJson(body);
    });
  return fc
    .record({ body: fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: hostileWholeBody }), contentType: hostileContentType })
    .map(({ body, contentType }) => ({ method: 'POST', path, body, contentType, authorization: VALID, mustBeRefused: true }));
}

/**
 * A valid send but for a refusal that comes after rendering (a team key sending to a stranger, a
 * QR code too long), so hostile personalisation reaches every step before it.
 */
function aLateRefusedSend(
  path: string,
  base: Body,
  authorization: HostileAuthorization,
  personalisation = hostilePersonalisation,
): fc.Arbitrary<HostileRequest> {
  return fc.record({ noise: personalisation, contentType: hostileContentType }).map(({ noise, contentType }) => ({
    method: 'POST',
    path,
    body: toJson(withPersonalisation((p) => ({ ...p, ...noise }))(base)),
    contentType,
    authorization,
    mustBeRefused: true,
  }));
}

const ADDRESS = { address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'SW1A 1AA' };

function lateRefusedSends(fixture: BadInputFixture): fc.Arbitrary<HostileRequest>[] {
  const personalisation = { name: 'Jo', date: 'Monday' };
  const team: HostileAuthorization = { kind: 'team' };
  return [
    aLateRefusedSend('/v2/notifications/email', { email_address: 'someone@example.com', template_id: fixture.emailTemplateId, personalisation }, team),
    aLateRefusedSend('/v2/notifications/sms', { phone_number: '07700900123', template_id: fixture.smsTemplateId, personalisation }, team),
    aLateRefusedSend(
      '/v2/notifications/letter',
      { template_id: fixture.qrLetterTemplateId, personalisation: { name: 'Jo', ...ADDRESS } },
      VALID,
      fc.tuple(hostilePersonalisation, hostileAddress).map(([noise, address]) => ({ ...noise, ...address })),
    ),
  ];
}

function sends(fixture: BadInputFixture): fc.Arbitrary<HostileRequest>[] {
  const personalisation = { name: 'Jo', date: 'Monday' };
  const email = [
    'reference',
    'email_address',
    'template_id',
    'personalisation',
    'scheduled_for',
    'email_reply_to_id',
    'one_click_unsubscribe_url',
    'sanitise_content_for',
  ];
  const sms = ['reference', 'phone_number', 'sms_sender_id', 'template_id', 'personalisation', 'scheduled_for'];
  const letter = ['reference', 'template_id', 'personalisation'];
  const notAnEmailAddress = fc.oneof(
    notAString,
    hostileText.filter((text) => !text.includes('@')),
  );
  return [
    aSend('/v2/notifications/email', { email_address: 'someone@example.com', template_id: fixture.emailTemplateId, personalisation }, [
      ...commonDefects(email, ['email_address', 'template_id'], ['reference', 'email_address']),
      notAnEmailAddress.map((value) => set('email_address', value)),
      fc
        .oneof(
          fc.array(hostileValue, { minLength: 1, maxLength: 4 }).filter((items) => items.some((item) => typeof item !== 'string')),
          notAString.filter((v) => v !== null && !Array.isArray(v)),
        )
        .map((value) => set('sanitise_content_for', value)),
      fc.oneof(fc.uuid(), hostileText, notAString).map((value) => set('email_reply_to_id', value)),
      fc
        .oneof(
          hostileText.filter((text) => !text.startsWith('https')),
          notAString,
        )
        .map((value) => set('one_click_unsubscribe_url', value)),
      fc
        .oneof(
          hostileText.map((text) => `x${text}`),
          notAString.filter((v) => v !== null),
        )
        .map((value) => set('scheduled_for', value)),
    ]),
    aSend('/v2/notifications/sms', { phone_number: '07700900123', template_id: fixture.smsTemplateId, personalisation }, [
      ...commonDefects(sms, ['phone_number', 'template_id'], ['reference', 'phone_number']),
      fc
        .oneof(
          hostileText.map((text) => `x${text}`),
          notAString,
        )
        .map((value) => set('phone_number', value)),
      fc.oneof(fc.uuid(), hostileText, notAString).map((value) => set('sms_sender_id', value)),
    ]),
    aSend(
      '/v2/notifications/letter',
      {
        template_id: fixture.letterTemplateId,
        personalisation: { name: 'Jo', ...ADDRESS },
      },
      [
        ...commonDefects(letter, ['template_id', 'personalisation'], ['reference']),
        fc.constant(withPersonalisation((p) => Object.fromEntries(Object.entries(p).filter(([key]) => key !== 'address_line_1' && key !== 'address_line_2')))),
        fc
          .tuple(fc.constantFrom('address_line_1', 'address_line_2', 'address_line_3', 'postcode'), fc.string({ maxLength: 10 }))
          .map(([key, text]) => withPersonalisation((p) => ({ ...p, [key]: `${text}\u0000` }))),
      ],
    ),
    aSend('/v2/notifications/letter', { reference: 'ref', content: 'JVBERi0xLjQK' }, [
      fc
        .oneof(
          notAString,
          fc.string({ maxLength: 10 }).map((text) => `${text}\u0000`),
        )
        .map((value) => set('reference', value)),
      fc.constant(omit('reference')),
      notAString.map((value) => set('content', value)),
      fc
        .oneof(
          hostileText.filter((text) => !['first', 'second', 'economy'].includes(text)),
          notAString,
        )
        .map((value) => set('postage', value)),
      fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS, 'template_id', 'personalisation'), hostileValue).map(([key, value]) => set(key, value)),
    ]),
  ];
}

const queryString = (names: readonly string[], values: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names), hostileUrlText), fc.oneof(hostileUrlText, fc.constantFrom(...values))), { maxLength: 5 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}` : ''));

function reads(fixture: BadInputFixture): fc.Arbitrary<HostileRequest>[] {
  const id = fc.oneof(fc.uuid(), hostileUrlText, fc.constantFrom(fixture.emailTemplateId, fixture.emailTemplateId.toUpperCase()));
  const get = (path: fc.Arbitrary<string>) => path.map((p): HostileRequest => ({ method: 'GET', path: p, authorization: VALID, mustBeRefused: false }));
  const previewBody = fc.oneof(
    hostileWholeBody,
    fc.record({ personalisation: hostileValue, id: hostileValue }, { requiredKeys: [] }).map(toJson),
    hostilePersonalisation.map((p) => toJson({ personalisation: p })),
  );
  return [
    get(
      queryString(
        ['template_type', 'status', 'reference', 'older_than', 'include_jobs'],
        ['email', 'sms', 'letter', 'delivered', 'failed', 'true', 'True'],
      ).map((q) => `/v2/notifications${q}`),
    ),
    get(fc.tuple(id, fc.constantFrom('', '/pdf')).map(([segment, suffix]) => `/v2/notifications/${segment}${suffix}`)),
    get(id.map((segment) => `/v2/template/${segment}`)),
    get(fc.tuple(id, fc.oneof(hostileUrlText, fc.integer().map(String))).map(([segment, version]) => `/v2/template/${segment}/version/${version}`)),
    get(queryString(['type'], ['email', 'sms', 'letter']).map((q) => `/v2/templates${q}`)),
    get(queryString(['older_than'], ['00000000-0000-4000-8000-000000000000']).map((q) => `/v2/received-text-messages${q}`)),
    get(hostileUrlText.map((segment) => `/v2/${segment}`)),
    fc
      .record({ segment: id, body: previewBody, contentType: hostileContentType })
      .map(({ segment, body, contentType }) => ({
        method: 'POST',
        path: `/v2/template/${segment}/preview`,
        body,
        contentType,
        authorization: VALID,
        mustBeRefused: false,
      })),
  ];
}

function wrongMethods(): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      method: fc.constantFrom('PUT', 'DELETE', 'PATCH'),
      path: fc.oneof(
        fc.constantFrom('/v2/notifications', '/v2/notifications/email', '/v2/notifications/sms', '/v2/templates'),
        fc.uuid().map((id) => `/v2/template/${id}`),
      ),
      body: fc.option(hostileWholeBody, { nil: undefined }),
    })
    .map(({ method, path, body }) => ({ method, path, body, authorization: VALID, mustBeRefused: true }));
}

const hostileAuthorization: fc.Arbitrary<HostileAuthorization> = fc.oneof(
  fc.constant<HostileAuthorization>({ kind: 'none' }),
  fc.string({ maxLength: 200 }).map((value): HostileAuthorization => ({ kind: 'header', value })),
  fc.string({ maxLength: 200 }).map((value): HostileAuthorization => ({ kind: 'header', value: `Bearer ${value}` })),
  fc
    .record({
      claims: fc.oneof(
        hostilePersonalisation.map(toJson),
        fc.record({ iss: hostileValue, iat: hostileValue }, { requiredKeys: [] }).map(toJson),
        hostileWholeBody,
      ),
      alg: fc.constantFrom('HS256', 'none', 'HS512', ''),
    })
    .filter(({ claims }) => claims.length < 3000)
    .map(({ claims, alg }): HostileAuthorization => ({ kind: 'forged', claims, alg })),
);

/** Any request above, sent without a key that works: nothing may be stored whatever it asks. */
function unauthenticated(fixture: BadInputFixture): fc.Arbitrary<HostileRequest> {
  return fc
    .tuple(fc.oneof(...sends(fixture), ...reads(fixture), wrongMethods()), hostileAuthorization)
    .map(([request, authorization]) => ({ ...request, authorization, mustBeRefused: true }));
}

/** One hostile request to the v2 API: sends and reads with a valid key, and some without one. */
export function hostileRequests(fixture: BadInputFixture): fc.Arbitrary<HostileRequest> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.oneof(...sends(fixture)) },
    { weight: 3, arbitrary: fc.oneof(...lateRefusedSends(fixture)) },
    { weight: 4, arbitrary: fc.oneof(...reads(fixture)) },
    { weight: 1, arbitrary: wrongMethods() },
    { weight: 2, arbitrary: unauthenticated(fixture) },
  );
}
