import fc from 'fast-check';

/** JSON text spliced in as it is, for nesting deeper than JSON.stringify could write. */
export class RawJson {
  constructor(readonly text: string) {}
}

export const nestedArrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
export const nestedObjects = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** JSON.stringify that writes RawJson as it is and keeps own `__proto__` keys. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Names Object.prototype (or Notify's file uploads) gives a meaning to. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'toJSON'] as const;

const controlCharacters = fc.array(fc.integer({ min: 0, max: 0x1f }), { minLength: 1, maxLength: 8 }).map((codes) => String.fromCharCode(...codes));

/** Text a careless parser, database or renderer chokes on. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 10 }).map((text) => `${text}\u0000${text}`),
  controlCharacters,
  fc.constantFrom(
    '\ud800',
    '\udfff',
    '𝕳𝖊𝖗𝖆𝖑𝖉',
    'e\u0301',
    '\u202e',
    '\ufeff',
    '((name))',
    '((name??shown))',
    '[x](javascript:alert(1))',
    '<script>x</script>',
    "'; DROP TABLE notifications; --",
    '%00',
    '\\u0000',
    'NaN',
    'None',
    'null',
    ...PROTOTYPE_KEYS,
  ),
  fc.integer({ min: 1001, max: 50_000 }).map((length) => 'x'.repeat(length)),
);

/** Objects String() cannot convert: their own `toString`/`valueOf` are not functions. */
const unprintableObject: fc.Arbitrary<unknown> = fc
  .dictionary(fc.constantFrom('toString', 'valueOf'), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1 })
  .chain((object) => fc.constantFrom<unknown>(object, [object], ['a', object]));

/** Any JSON value, including nesting past the API's limit of 64 levels. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  unprintableObject,
  fc.integer(),
  fc.double(),
  fc.constantFrom(true, false, null, 1e308, -0, 2 ** 53 + 2, 0.1),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS, 'file', 'filename', 'a'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.integer({ min: 2, max: 60 }).map((depth) => new RawJson(nestedArrays(depth))),
  fc.integer({ min: 65, max: 5000 }).map((depth) => new RawJson(nestedArrays(depth))),
  fc.integer({ min: 65, max: 3300 }).map((depth) => new RawJson(nestedObjects(depth))),
);

/** A value that is certainly not a string (so a string field refuses it). */
export const notAString: fc.Arbitrary<unknown> = hostileValue.filter((value) => typeof value !== 'string');

/** A letter's address fields with hostile values (they are stored, printed and shown back). */
export const hostileAddress: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom('address_line_1', 'address_line_2', 'address_line_3', 'address_line_4', 'address_line_7', 'postcode'),
  hostileValue,
  { maxKeys: 2 },
);

/** Personalisation with hostile keys and values; it may be accepted, so it never decides a refusal on its own. */
export const hostilePersonalisation: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_KEYS, 'name', 'NAME', 'na me', 'date', 'address_line_1', 'postcode', 'file', '')),
  hostileValue,
  { maxKeys: 4 },
);

const BAD_ENCODINGS = ['%', '%zz', '%E0%A4%A', '%00', '%FF', '%C0%AF', '..', '%2e%2e', '%2F', ';', '%u0000', '%%', '%0a', '%0d%0a'];

const encoded = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be encoded: send the replacement character instead.
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
};

/** A path segment or query value as a client could send it: encoded text, broken escapes, over-long ids. */
export const hostileUrlText: fc.Arbitrary<string> = fc.oneof(
  hostileText.filter((text) => text.length < 3000).map(encoded),
  fc.constantFrom(...BAD_ENCODINGS),
  fc.tuple(fc.uuid(), fc.constantFrom(...BAD_ENCODINGS)).map(([uuid, bad]) => uuid + bad),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
  fc.integer({ min: 37, max: 5000 }).map((length) => 'a'.repeat(length)),
);

/** Content types Notify ignores and Fastify once refused. */
export const hostileContentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  'application/json',
  'text/plain',
  '!!!',
  'application/json, text/html',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/vnd.herald.upload',
  'application/json; charset=utf-16',
  'text/html;;;',
  '/',
  'a/b/c',
);
