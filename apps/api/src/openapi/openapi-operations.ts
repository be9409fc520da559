import { type JsonSchema, schemaRef } from '@herald/contracts';

/** An OpenAPI object kept as plain data (OpenAPI 3.1: every schema in it is JSON Schema 2020-12). */
export type OpenApiObject = { readonly [field: string]: unknown };

/** Refusals an operation may answer besides 401, 403 and 500, which every operation may. */
export type ErrorStatus = 400 | 404 | 413 | 429 | 503;

export interface OperationSpec {
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  /** `apiKey` (the default): a service's API key as a JWT; `citizen`: a person's OpenID Connect access token. */
  readonly auth?: 'apiKey' | 'citizen';
  readonly parameters?: readonly OpenApiObject[];
  /** Component names of the request body's schemas (more than one: any of them). */
  readonly body?: { readonly schemas: readonly string[]; readonly required: boolean };
  readonly success: { readonly status: number; readonly description: string; readonly content: Readonly<Record<string, JsonSchema>> };
  readonly errors: readonly ErrorStatus[];
}

const ALWAYS = { 401: 'Unauthorized', 403: 'Forbidden', 500: 'ServerError' } as const;
const ERROR_RESPONSES: Readonly<Record<ErrorStatus, string>> = {
  400: 'BadRequest',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
};

export function operation(spec: OperationSpec): OpenApiObject {
  const errors = Object.fromEntries(
    [...Object.entries(ALWAYS), ...spec.errors.map((status) => [String(status), ERROR_RESPONSES[status]])]
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([status, name]) => [status, { $ref: `#/components/responses/${name}` }]),
  );
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.auth === 'citizen' ? { security: [{ citizenAccessToken: [] }] } : {}),
    ...(spec.parameters?.length ? { parameters: spec.parameters } : {}),
    ...(spec.body ? { requestBody: requestBody(spec.body.schemas, spec.body.required) } : {}),
    responses: {
      [String(spec.success.status)]: { description: spec.success.description, content: mediaTypes(spec.success.content) },
      ...errors,
    },
  };
}

function requestBody(schemas: readonly string[], required: boolean): OpenApiObject {
  const schema = schemas.length === 1 ? schemaRef(schemas[0]) : { oneOf: schemas.map(schemaRef) };
  // Herald reads a body as JSON whatever its Content-Type, as Notify does.
  return { required, content: { 'application/json': { schema } } };
}

function mediaTypes(content: Readonly<Record<string, JsonSchema>>): OpenApiObject {
  return Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }]));
}

/** A JSON answer of a schema published under `components.schemas`. */
export const json = (name: string): Readonly<Record<string, JsonSchema>> => ({ 'application/json': schemaRef(name) });

export function pathParameter(name: string, schema: JsonSchema, description: string): OpenApiObject {
  return { name, in: 'path', required: true, description, schema };
}

export function queryParameter(
  name: string,
  schema: JsonSchema,
  description: string,
  options: { required?: boolean; repeatable?: boolean } = {},
): OpenApiObject {
  return {
    name,
    in: 'query',
    description,
    ...(options.required ? { required: true } : {}),
    schema: options.repeatable ? { type: 'array', items: schema } : schema,
    ...(options.repeatable ? { style: 'form', explode: true } : {}),
  };
}

const notifyError = (description: string): OpenApiObject => ({ description, content: { 'application/json': { schema: schemaRef('NotifyError') } } });

/** The refusals, each in Notify's error envelope (docs/api.md, "Errors"). */
export const ERROR_RESPONSE_COMPONENTS: OpenApiObject = {
  BadRequest: notifyError(
    'A field fails the schema (`ValidationError`, one entry per problem) or a sending rule refuses the request (`BadRequestError`, with Notify’s message).',
  ),
  Unauthorized: notifyError('No `Authorization` header, or not the Bearer scheme (`AuthError`).'),
  Forbidden: notifyError('The token is refused (`AuthError`: unknown or revoked key, clock more than 30 s away...), or a sending rule that answers 403.'),
  NotFound: {
    description: 'No such notification, template or message in this service (`NoResultFound`), or a path Herald does not serve (Notify’s older shape).',
    content: { 'application/json': { schema: { anyOf: [schemaRef('NotifyError'), schemaRef('LegacyError')] } } },
  },
  PayloadTooLarge: notifyError('The body is over 15 MB.'),
  TooManyRequests: notifyError('Over the rate limit (`RateLimitError`) or a daily limit (`TooManyRequestsError`).'),
  ServiceUnavailable: notifyError('No identity service is set, or it does not answer (`ServiceUnavailableError`).'),
  ServerError: notifyError('A failure inside Herald: the message says nothing about its cause.'),
};
