import { isUkPostage } from '@herald/domain';
import { RequestSchema } from '../../validation/request-schema';

/** POST /v2/notifications/letter with a template (docs/api-contract.md §12.3): `postage` is not allowed here. */
export const SEND_LETTER_SCHEMA: RequestSchema = {
  properties: {
    reference: { type: 'string', maxLength: 1000 },
    template_id: { uuid: true },
    personalisation: { type: 'object' },
  },
  required: ['template_id', 'personalisation'],
  additionalProperties: false,
};

export interface SendLetterRequest {
  template_id: string;
  personalisation: Record<string, unknown>;
  reference?: string;
}

const postageFormat = (value: string): string | null => (isUkPostage(value) ? null : 'invalid. It must be either first, second or economy.');

/** POST /v2/notifications/letter with `content` (docs/api-contract.md §12.4). */
export const SEND_PRECOMPILED_LETTER_SCHEMA: RequestSchema = {
  properties: {
    reference: { type: 'string' },
    content: { type: 'string' },
    postage: { type: 'string', format: postageFormat },
  },
  required: ['reference', 'content'],
  additionalProperties: false,
};

export interface SendPrecompiledLetterRequest {
  reference: string;
  content: string;
  postage?: 'first' | 'second' | 'economy';
}

/** Notify sends a body with a `content` key down the precompiled route. */
export const isPrecompiledRequest = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && Object.hasOwn(body, 'content');
