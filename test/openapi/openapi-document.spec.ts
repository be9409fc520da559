import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document';
import { lenientAjv, OpenApiSchemas } from './openapi-ajv';
import { openApiJson, OPENAPI_JSON_PATH, WRITE_COMMAND } from './write-openapi';

type Json = Record<string, unknown>;

const document = buildOpenApiDocument() as Json;
/**
 * Ajv resolves the meta-schema's `$dynamicRef: "#meta"` to the document's root instead of
 * `$defs/schema` (ajv-validator/ajv#1745). Nothing here extends the `meta` anchor, so a plain
 * `$ref` to it means the same.
 */
const oasSchema = JSON.parse(readFileSync(join(__dirname, 'oas-3.1-schema.json'), 'utf8'), (key, value: unknown) =>
  value !== null && typeof value === 'object' && (value as Json).$dynamicRef === '#meta' ? { $ref: '#/$defs/schema' } : value,
) as object;

function oasProblems(candidate: unknown): string[] {
  const validate = lenientAjv().compile(oasSchema);
  return validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every Schema Object in the document, with where it is: components, parameters and media types. */
function schemasIn(doc: Json): Array<[string, object]> {
  const components = (doc.components as { schemas: Record<string, object> }).schemas;
  const found: Array<[string, object]> = Object.entries(components).map(([name, schema]) => [`#/components/schemas/${name}`, schema]);
  const visit = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'schema' && typeof value === 'object') found.push([`${path}/schema`, value as object]);
      else visit(value, `${path}/${key}`);
    }
  };
  visit(doc.paths, '#/paths');
  visit((doc.components as Json).responses, '#/components/responses');
  return found;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    expect(oasProblems(document)).toEqual([]);
  });

  it('fails the check when it is not one', () => {
    const paths = document.paths as Record<string, Record<string, Json>>;
    const withoutResponses = { ...paths['/v2/templates'].get, responses: {} };
    expect(oasProblems({ ...document, openapi: '3.0.3' })).not.toEqual([]);
    expect(oasProblems({ ...document, paths: { ...paths, '/v2/templates': { get: withoutResponses } } })).not.toEqual([]);
  });

  it('holds only schemas that compile under strict JSON Schema 2020-12, every reference resolved', () => {
    const schemas = new OpenApiSchemas(document);
    const broken = schemasIn(document).flatMap(([where, schema]) => {
      try {
        schemas.validator(schema);
        return [];
      } catch (error) {
        return [`${where}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
    expect(() => new OpenApiSchemas(document).validator({ $ref: '#/components/schemas/NoSuchSchema' })).toThrow();
    expect(() => new OpenApiSchemas(document).validator({ type: 'object', propertiez: {} })).toThrow(/unknown keyword/);
  });

  it('gives every operation an id of its own, a tag it declares and an answer on success', () => {
    const tags = new Set((document.tags as Array<{ name: string }>).map((tag) => tag.name));
    const operations = Object.values(document.paths as Record<string, Record<string, Json>>).flatMap((item) => Object.values(item));
    const ids = operations.map((op) => op.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.flatMap((op) => (op.tags as string[]).filter((tag) => !tags.has(tag)))).toEqual([]);
    expect(operations.filter((op) => !Object.keys(op.responses as Json).some((status) => status.startsWith('2'))).map((op) => op.operationId)).toEqual([]);
  });

  it('is checked in as docs/openapi.json, as generated', () => {
    const checkedIn = readFileSync(OPENAPI_JSON_PATH, 'utf8');
    if (checkedIn !== openApiJson()) throw new Error(`docs/openapi.json differs from the generated document: run ${WRITE_COMMAND}`);
  });
});

describe('the person’s export in the OpenAPI document', () => {
  const published = JSON.parse(readFileSync(join(__dirname, '../../docs/schemas/me-export-v1.schema.json'), 'utf8')) as Json & { $defs: Record<string, Json> };
  const components = (document.components as { schemas: Record<string, Json> }).schemas;
  const shape = (schema: Json) => ({ properties: Object.keys(schema.properties as Json).sort(), required: [...(schema.required as string[])].sort() });

  it.each([
    ['MeExport', null],
    ['MeMessage', 'message'],
    ['MeChannelOutcome', 'channelOutcome'],
    ['MeLookup', 'lookup'],
    ['MePreferences', 'preferences'],
    ['MePreferenceChange', 'preferenceChange'],
  ])('%s has the fields of the published export schema (docs/schemas/me-export-v1.schema.json)', (component, definition) => {
    expect(shape(components[component])).toEqual(shape(definition === null ? published : published.$defs[definition]));
  });
});
