import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { SEND_PRECOMPILED_LETTER_SCHEMA } from '../public/notifications/letters/send-letter.schema';
import { SEND_SMS_SCHEMA } from '../public/notifications/send-sms.schema';
import { type RequestSchema, validateRequest } from '../public/validation/request-schema';
import { requestBodySchema } from './request-body-schema';

const TEMPLATE_ID = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

function jsonSchemaAccepts(schema: object, body: unknown): boolean {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.validate(schema, body);
}

describe('requestBodySchema', () => {
  const previewLike: RequestSchema = {
    properties: {
      id: { uuid: true },
      reference: { type: 'string', maxLength: 5 },
      url: { httpsUrl: true },
      keys: { type: ['array', 'null'], items: { type: 'string' } },
      count: { type: 'integer', minimum: 1 },
      language: { type: 'string', enum: ['en', 'cy'] },
    },
    required: ['id'],
    additionalProperties: false,
  };

  it.each([
    ['a complete body', { id: TEMPLATE_ID, reference: 'abc', url: 'https://x.example', keys: ['a'], count: 2, language: 'cy' }],
    ['an upper-case UUID', { id: TEMPLATE_ID.toUpperCase() }],
    ['no id', { reference: 'abc' }],
    ['an id that is not a UUID', { id: 'f33517ff' }],
    ['a reference too long', { id: TEMPLATE_ID, reference: 'abcdef' }],
    ['a reference of emoji within the length', { id: TEMPLATE_ID, reference: '😀😀😀😀😀' }],
    ['a url that is not https', { id: TEMPLATE_ID, url: 'http://x.example' }],
    ['keys of the wrong type', { id: TEMPLATE_ID, keys: [1] }],
    ['keys set to null', { id: TEMPLATE_ID, keys: null }],
    ['a count under the minimum', { id: TEMPLATE_ID, count: 0 }],
    ['a language not listed', { id: TEMPLATE_ID, language: 'fr' }],
    ['an unknown field', { id: TEMPLATE_ID, extra: true }],
    ['not an object', ['a list']],
  ])('accepts %s exactly when the API does', (_case, body) => {
    expect(jsonSchemaAccepts(requestBodySchema(previewLike), body)).toBe(validateRequest(previewLike, body).length === 0);
  });

  it('converts a schema the API uses, required fields and all', () => {
    expect(requestBodySchema(SEND_PRECOMPILED_LETTER_SCHEMA, { fields: { postage: { enum: ['first', 'second', 'economy'] } } })).toEqual({
      type: 'object',
      properties: { reference: { type: 'string' }, content: { type: 'string' }, postage: { type: 'string', enum: ['first', 'second', 'economy'] } },
      required: ['reference', 'content'],
      additionalProperties: false,
    });
  });

  it('refuses a field checked by a format function that the reference does not describe', () => {
    expect(() => requestBodySchema(SEND_SMS_SCHEMA)).toThrow('phone_number is checked by a format function');
  });

  it('refuses words for a field the request does not have', () => {
    expect(() => requestBodySchema(SEND_PRECOMPILED_LETTER_SCHEMA, { fields: { postage: {}, postcode: {} } })).toThrow(
      'fields the request schema does not have: postcode',
    );
  });

  it('leaves out what the client never sends', () => {
    const schema = requestBodySchema(previewLike, { omit: ['id'] });
    expect(Object.keys(schema.properties as object)).not.toContain('id');
    expect(schema.required).toEqual([]);
  });
});
