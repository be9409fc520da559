import { POSTAGE, TEMPLATE_TYPES } from '@herald/domain';
import {
  arrayOf,
  described,
  type JsonSchema,
  mapOf,
  NOTIFY_TIMESTAMP,
  nullable,
  objectSchema,
  oneOfValues,
  schemaRef,
  TEXT,
  URL_TEXT,
  UUID,
} from './json-schema';
import type { ReceivedTextMessage, ReceivedTextMessagesResponse } from './received-text-api.types';
import type { TemplateListResponse, TemplatePreviewResponse, TemplateResponse } from './template-api.types';

const VERSION: JsonSchema = { type: 'integer', minimum: 1 };
const POSTAGE_OR_NULL = described(nullable(oneOfValues(POSTAGE)), 'Letters: the postage; null for other types.');

/** Response bodies of `/v2/template*`, `/v2/templates` and `/v2/received-text-messages` (docs/api-contract.md §12.8–§12.11). */
export const TEMPLATE_API_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  TemplateResponse: objectSchema<TemplateResponse>({
    id: UUID,
    type: oneOfValues(TEMPLATE_TYPES),
    created_at: NOTIFY_TIMESTAMP,
    updated_at: nullable(NOTIFY_TIMESTAMP),
    created_by: described(nullable(TEXT), 'The email address of the team member who wrote this version.'),
    version: VERSION,
    body: described(TEXT, 'The template, placeholders as `((name))`.'),
    subject: nullable(TEXT),
    name: TEXT,
    personalisation: described(
      mapOf(objectSchema<{ required: true }>({ required: { const: true } })),
      'Each placeholder of the template, by name: every one needs a value.',
    ),
    postage: POSTAGE_OR_NULL,
    letter_contact_block: nullable(TEXT),
  }),
  TemplateList: objectSchema<TemplateListResponse>({ templates: arrayOf(schemaRef('TemplateResponse')) }),
  TemplatePreview: objectSchema<TemplatePreviewResponse>({
    id: UUID,
    type: oneOfValues(TEMPLATE_TYPES),
    version: VERSION,
    body: described(TEXT, 'The template filled in with the personalisation.'),
    subject: nullable(TEXT),
    html: described(nullable(TEXT), "An email's HTML body; null for other types."),
    postage: POSTAGE_OR_NULL,
  }),
  ReceivedTextMessage: objectSchema<ReceivedTextMessage>({
    id: UUID,
    created_at: NOTIFY_TIMESTAMP,
    service_id: UUID,
    notify_number: described(TEXT, "The service's inbound number the text was sent to."),
    user_number: described(TEXT, 'Who sent it, in international digits.'),
    content: TEXT,
  }),
  ReceivedTextMessageList: objectSchema<ReceivedTextMessagesResponse>({
    received_text_messages: arrayOf(schemaRef('ReceivedTextMessage')),
    links: objectSchema<ReceivedTextMessagesResponse['links']>({ current: URL_TEXT, next: URL_TEXT }, { optional: ['next'] }),
  }),
};
