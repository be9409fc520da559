import { RequestSchema, validateRequest } from './request-schema';

const SCHEMA: RequestSchema = {
  properties: { reference: { type: 'string' }, tags: { type: ['array', 'null'], items: { type: 'string' } } },
  required: ['reference'],
  additionalProperties: false,
};

describe('validateRequest', () => {
  it('treats keys Object.prototype has as unknown properties', () => {
    const body = JSON.parse('{"reference": "r", "constructor": 1, "__proto__": 2, "toString": 3}') as unknown;
    expect(validateRequest(SCHEMA, body)).toEqual(['Additional properties are not allowed (constructor, __proto__, toString were unexpected)']);
  });

  it('does not find a required property on Object.prototype', () => {
    expect(validateRequest({ properties: { toString: { type: 'string' as const } }, required: ['toString'] }, {})).toEqual(['toString is a required property']);
  });

  it('checks every item of a list, naming the field', () => {
    expect(validateRequest(SCHEMA, { reference: 'r', tags: ['a', 1, false] })).toEqual(['tags 1 is not of type string', 'tags False is not of type string']);
  });

  it('refuses a NUL character in a string field', () => {
    expect(validateRequest(SCHEMA, { reference: 'a\u0000b' })).toEqual(['reference must not contain NUL characters']);
  });
});
