import fc from 'fast-check';
import { BadInputFixture, HostileAuthorization, HostileRequest, VALID } from './hostile-request.types';
import {
  hostileAddress,
  hostileContentType,
  hostilePersonalisation,
  hostileText,
  hostileValue,
  nestedArrays,
  notAString,
  PROTOTYPE_KEYS,
  RawJson,
  toJson,
} from './hostile-values';

// Sends to the v2 API that Notify refuses: bodies with defects, and valid bodies refused late.

type Body = Record<string, unknown>;
type Mutation = (body: Body) => Body;

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
export const hostileWholeBody: fc.Arbitrary<string> = fc.oneof(
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

/** Valid sends refused only after rendering: a team key to a stranger, a QR code too long. */
export function lateRefusedSends(fixture: BadInputFixture): fc.Arbitrary<HostileRequest>[] {
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

/** Templated and precompiled sends, each with at least one defect Notify refuses. */
export function sends(fixture: BadInputFixture): fc.Arbitrary<HostileRequest>[] {
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
