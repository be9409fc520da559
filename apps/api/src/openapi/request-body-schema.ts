import type { JsonSchema } from '@herald/contracts';
import type { FieldRule, RequestSchema } from '../public/validation/request-schema';

export interface RequestBodyOptions {
  readonly description?: string;
  /**
   * What the validation rules cannot say as data: a field checked by a format function (an email
   * address, a phone number) gets its words here, and an object checked in a second step (a
   * message's `recipient`) its own schema. Merged over the field's converted rule.
   */
  readonly fields?: Readonly<Record<string, JsonSchema>>;
  /** Fields the validation sees but a client never sends (the preview's `id`, taken from the path). */
  readonly omit?: readonly string[];
}

/**
 * The JSON Schema of a request body, converted from the very `RequestSchema` the API validates
 * it with, so the reference cannot drift from the checks. A field with a format function and no
 * words in `fields` is refused here: the reference would otherwise promise less than the API checks.
 */
export function requestBodySchema(schema: RequestSchema, options: RequestBodyOptions = {}): JsonSchema {
  const omitted = new Set(options.omit ?? []);
  const names = Object.keys(schema.properties).filter((name) => !omitted.has(name));
  const properties = Object.fromEntries(names.map((name) => [name, propertySchema(name, schema.properties[name], options.fields?.[name])]));
  const unknown = Object.keys(options.fields ?? {}).filter((name) => !Object.hasOwn(schema.properties, name));
  if (unknown.length) throw new Error(`The API reference describes fields the request schema does not have: ${unknown.join(', ')}`);
  return {
    type: 'object',
    ...(options.description ? { description: options.description } : {}),
    properties,
    ...(schema.required?.length ? { required: schema.required.filter((name) => !omitted.has(name)) } : {}),
    ...(schema.additionalProperties === false ? { additionalProperties: false } : {}),
  };
}

function propertySchema(name: string, rule: FieldRule, words: JsonSchema | undefined): JsonSchema {
  if (rule.format && !words) throw new Error(`${name} is checked by a format function: describe it in the API reference (requestBodySchema's fields)`);
  return { ...fieldSchema(rule), ...words };
}

/** One `FieldRule` as JSON Schema: the same keywords, Notify's uuid and https url types spelled out. */
export function fieldSchema(rule: FieldRule): JsonSchema {
  if (rule.uuid) return { type: 'string', format: 'uuid' };
  if (rule.httpsUrl) return { type: 'string', pattern: '^https' };
  return {
    ...(rule.type !== undefined ? { type: typeof rule.type === 'string' ? rule.type : [...rule.type] } : {}),
    ...(rule.maxLength !== undefined ? { maxLength: rule.maxLength } : {}),
    ...(rule.minimum !== undefined ? { minimum: rule.minimum } : {}),
    ...(rule.enum !== undefined ? { enum: [...rule.enum] } : {}),
    ...(rule.items !== undefined ? { items: fieldSchema(rule.items) } : {}),
  };
}
