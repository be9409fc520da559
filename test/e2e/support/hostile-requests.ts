import fc from 'fast-check';
import { BadInputFixture, HostileAuthorization, HostileRequest, VALID } from './hostile-request.types';
import { hostileWholeBody, lateRefusedSends, sends } from './hostile-sends';
import { hostileContentType, hostilePersonalisation, hostileUrlText, hostileValue, toJson } from './hostile-values';

// Reads, wrong methods and requests without a working key; the sends are in hostile-sends.ts.

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
    fc.record({ segment: id, body: previewBody, contentType: hostileContentType }).map(({ segment, body, contentType }) => ({
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
