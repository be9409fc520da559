import { hasNul, NUL_MESSAGE } from './nul-characters';
import { pythonRepr } from './python-repr';

export type JsonType = 'string' | 'object' | 'array' | 'boolean' | 'integer' | 'number' | 'null';

/** The subset of JSON Schema Notify's request schemas use, with Notify's messages. */
export interface FieldRule {
  readonly type?: JsonType | readonly JsonType[];
  /** Notify's uuid type: any failure reads "<field> is not a valid UUID". */
  readonly uuid?: boolean;
  /** Notify's https url type: anything not starting https reads "<field> is not a valid https url". */
  readonly httpsUrl?: boolean;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly enum?: readonly (string | boolean)[];
  /** A format checker: returns its own error text (e.g. "Not a valid email address") or null. */
  readonly format?: (value: string) => string | null;
  /** Every item of an array value must pass this rule (jsonschema's `items`). */
  readonly items?: FieldRule;
}

export interface RequestSchema {
  readonly properties: Readonly<Record<string, FieldRule>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Validates like Python jsonschema in Notify: property errors in schema order, then `required`,
 * then `additionalProperties`; duplicates removed by the caller's error builder. Only own
 * properties count: `constructor` or `toString` in a body is an unknown field, not a known one.
 */
export function validateRequest(schema: RequestSchema, instance: unknown): string[] {
  if (!isObject(instance)) return [`${pythonRepr(instance)} is not of type object`];
  const errors: string[] = [];
  for (const [field, rule] of Object.entries(schema.properties)) {
    if (Object.hasOwn(instance, field)) errors.push(...validateField(field, rule, instance[field]));
  }
  for (const field of schema.required ?? []) {
    if (!Object.hasOwn(instance, field)) errors.push(`${field} is a required property`);
  }
  if (schema.additionalProperties === false) {
    const extras = Object.keys(instance).filter((key) => !Object.hasOwn(schema.properties, key));
    if (extras.length) errors.push(`Additional properties are not allowed (${extras.join(', ')} ${extras.length === 1 ? 'was' : 'were'} unexpected)`);
  }
  return errors;
}

function validateField(field: string, rule: FieldRule, value: unknown): string[] {
  if (rule.uuid) return isUuid(value) ? [] : [`${field} is not a valid UUID`];
  if (rule.httpsUrl) return typeof value === 'string' && value.startsWith('https') ? [] : [`${field} is not a valid https url`];
  const errors: string[] = [];
  const types = rule.type === undefined ? [] : typeof rule.type === 'string' ? [rule.type] : rule.type;
  if (types.length && !types.some((type) => hasType(value, type))) {
    errors.push(`${field} ${pythonRepr(value)} is not of type ${types.join(', ')}`);
    return errors;
  }
  if (rule.items && Array.isArray(value)) {
    // jsonschema reports an item by the field's name, as every message (docs/api-contract.md §4.4).
    for (const item of value) errors.push(...validateField(field, rule.items, item));
  }
  if (rule.enum && !rule.enum.includes(value as string)) {
    errors.push(`${field} ${pythonRepr(value)} is not one of [${rule.enum.map(pythonRepr).join(', ')}]`);
  }
  if (typeof value === 'string') {
    if (hasNul(value)) return [`${field} ${NUL_MESSAGE}`];
    if (rule.maxLength !== undefined && [...value].length > rule.maxLength) errors.push(`${field} ${value} is too long`);
    const formatError = rule.format?.(value);
    if (formatError) errors.push(`${field} ${formatError}`);
  }
  if (typeof value === 'number' && rule.minimum !== undefined && value < rule.minimum) {
    errors.push(`${field} ${value} is less than the minimum of ${rule.minimum}`);
  }
  return errors;
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
