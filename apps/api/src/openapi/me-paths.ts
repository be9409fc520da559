import { type JsonSchema, schemaRef } from '@herald/contracts';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../public/me/me-page';
import { json, type OpenApiObject, operation, type OperationSpec, queryParameter } from './openapi-operations';

const TAG = 'A person’s own view';
const PAGE = [
  queryParameter('offset', { type: 'integer', minimum: 0, default: 0 }, 'How many to skip, newest first.'),
  queryParameter('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }, 'How many to answer.'),
];
const CSV: JsonSchema = { type: 'string', contentMediaType: 'text/csv' };

/** Every `/me` operation: the person's own access token, and 503 when no identity service answers. */
const personal = (spec: Omit<OperationSpec, 'tag' | 'auth' | 'errors'> & { errors?: OperationSpec['errors'] }): OpenApiObject =>
  operation({ ...spec, tag: TAG, auth: 'citizen', errors: [...(spec.errors ?? []), 503] });

/**
 * `/herald/v1/me`: what Herald holds about one person, for that person (the citizen app is its
 * client). Called with the access token of the person's OpenID Connect sign-in, never an API key.
 */
export function mePaths(): Record<string, OpenApiObject> {
  return {
    '/herald/v1/me': {
      get: personal({
        operationId: 'getMyProfile',
        summary: 'Who is signed in',
        success: { status: 200, description: 'The person as Herald sees them.', content: json('MeProfile') },
      }),
    },
    '/herald/v1/me/messages': {
      get: personal({
        operationId: 'listMyMessages',
        summary: 'The messages services sent me',
        description: 'Every service’s messages to the person, newest first.',
        parameters: PAGE,
        success: { status: 200, description: 'A page of messages.', content: json('MeMessages') },
        errors: [400],
      }),
    },
    '/herald/v1/me/lookups': {
      get: personal({
        operationId: 'listMyLookups',
        summary: 'Who looked up my details, and why',
        description: 'The purpose log for the person, newest first.',
        parameters: PAGE,
        success: { status: 200, description: 'A page of look-ups.', content: json('MeLookups') },
        errors: [400],
      }),
    },
    '/herald/v1/me/export': {
      get: personal({
        operationId: 'downloadMyData',
        summary: 'Download everything Herald holds about me',
        description: 'JSON: everything (`herald-my-data.json`). CSV: the messages, one row per message, or with `part=lookups` the look-ups.',
        parameters: [
          queryParameter('format', { enum: ['json', 'csv'], default: 'json' }, 'The file’s format.'),
          queryParameter('part', { enum: ['messages', 'lookups'], default: 'messages' }, 'CSV only: which part.'),
        ],
        success: { status: 200, description: 'The file, as an attachment.', content: { 'application/json': schemaRef('MeExport'), 'text/csv': CSV } },
        errors: [400],
      }),
    },
    '/herald/v1/me/preferences': {
      get: personal({
        operationId: 'getMyPreferences',
        summary: 'My contact choices',
        success: { status: 200, description: 'The person’s choices for every service.', content: json('MePreferences') },
      }),
      put: personal({
        operationId: 'changeMyPreferences',
        summary: 'Change my contact choices',
        description:
          'Applies to every service, to attempts made after the change. Confirmed by letter when `paper_only` becomes true, ' +
          'otherwise by email or text to the verified address or number.',
        body: { schemas: ['MePreferencesChange'], required: true },
        success: { status: 200, description: 'The choices now, and how the change was confirmed.', content: json('MePreferencesChanged') },
        errors: [400, 413],
      }),
    },
  };
}
