import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Where the document is registered, so that its `#/components/...` references resolve. */
const DOCUMENT_ID = 'https://herald.example/openapi.json';

/**
 * Ajv for OpenAPI 3.1's schemas (JSON Schema 2020-12), strict: an unknown keyword or a keyword
 * of the wrong type for its schema is an error, not a silent pass.
 */
export function strictAjv(): Ajv2020 {
  return withFormats(new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }));
}

/** Ajv for a schema written by others (the OpenAPI meta-schema), which leaves types implicit as JSON Schema allows. */
export function lenientAjv(): Ajv2020 {
  return withFormats(new Ajv2020({ strict: false, allErrors: true }));
}

function withFormats(ajv: Ajv2020): Ajv2020 {
  addFormats(ajv);
  // The OpenAPI schema's own format for media types (`application/json`, `text/*`).
  ajv.addFormat('media-range', /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+(\s*;.*)?$/);
  return ajv;
}

/** Validators for the schemas of one OpenAPI document, by JSON pointer into it. */
export class OpenApiSchemas {
  private readonly ajv = strictAjv();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: object) {
    // Only `components` is needed to resolve references; the rest of the document is not a schema.
    this.ajv.addKeyword({ keyword: 'components', schemaType: 'object' });
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: (document as { components: object }).components });
  }

  /** `schema` as written in the document (often `{"$ref": "#/components/schemas/..."}`), compiled once. */
  validator(schema: object): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $id: `${DOCUMENT_ID}/${this.compiled.size}`, ...rebase(schema) });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Ajv's errors for `value` against `schema`, as readable lines; empty when it passes. */
  problems(schema: object, value: unknown): string[] {
    const validate = this.validator(schema);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}

/** `#/components/...` inside a schema compiled on its own points at the registered document. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') ? `${DOCUMENT_ID}${value}` : value,
  ) as object;
}
