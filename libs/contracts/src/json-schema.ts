/**
 * JSON Schemas of the public API's responses (draft 2020-12, the dialect of OpenAPI 3.1), kept as
 * plain data next to the types they describe. The API reference (`/docs/openapi.json`) publishes
 * them as its components, and the contract tests validate Herald's real answers against them.
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];

export interface ObjectSchemaOptions<T> {
  readonly description?: string;
  /** Fields the type marks optional (`next?`): left out of `required`. */
  readonly optional?: readonly OptionalKeys<T>[];
}

/**
 * A closed object schema with exactly the fields of `T`: a field added to or removed from the
 * type but not here fails the typecheck. Every field is required unless listed in `optional`.
 */
export function objectSchema<T>(properties: { readonly [K in keyof T]-?: JsonSchema }, options: ObjectSchemaOptions<T> = {}): JsonSchema {
  const optional = new Set<unknown>(options.optional ?? []);
  return {
    type: 'object',
    ...(options.description ? { description: options.description } : {}),
    properties,
    required: Object.keys(properties).filter((field) => !optional.has(field)),
    additionalProperties: false,
  };
}

/** The same value, or null. */
export function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type !== 'string') return { anyOf: [schema, { type: 'null' }] };
  const withNull = { ...schema, type: [schema.type, 'null'] };
  return Array.isArray(schema.enum) ? { ...withNull, enum: [...(schema.enum as unknown[]), null] } : withNull;
}

/** A schema published under `components.schemas` of the API reference. */
export const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

export const described = (schema: JsonSchema, description: string): JsonSchema => ({ ...schema, description });

export const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

export const oneOfValues = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });

/** An object whose keys are free (placeholder names, personalisation keys) and whose values follow `values`. */
export const mapOf = (values: JsonSchema): JsonSchema => ({ type: 'object', additionalProperties: values });

export const TEXT: JsonSchema = { type: 'string' };
export const UUID: JsonSchema = { type: 'string', format: 'uuid' };
export const URL_TEXT: JsonSchema = { type: 'string', format: 'uri' };
export const INTEGER: JsonSchema = { type: 'integer' };
export const NUMBER: JsonSchema = { type: 'number' };
export const BOOLEAN: JsonSchema = { type: 'boolean' };
export const ALWAYS_NULL: JsonSchema = { type: 'null' };
/** An ISO 8601 time as JavaScript writes it (`2026-05-17T15:58:38.342Z`). */
export const TIMESTAMP: JsonSchema = { type: 'string', format: 'date-time' };
/** Notify's timestamps: UTC with six fractional digits (docs/api-contract.md §4.5). */
export const NOTIFY_TIMESTAMP: JsonSchema = {
  type: 'string',
  format: 'date-time',
  pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$',
  examples: ['2026-05-17T15:58:38.342838Z'],
};
