import { NOTIFICATION_STATUS_FILTERS, NOTIFICATION_STATUSES, POSTAGE, TEMPLATE_TYPES, UK_POSTAGE } from '@herald/domain';
import {
  ALWAYS_NULL,
  arrayOf,
  BOOLEAN,
  described,
  INTEGER,
  type JsonSchema,
  mapOf,
  NOTIFY_TIMESTAMP,
  nullable,
  NUMBER,
  objectSchema,
  oneOfValues,
  schemaRef,
  TEXT,
  URL_TEXT,
  UUID,
} from './json-schema';
import type { LetterNotificationCreated, PrecompiledLetterCreated } from './letter-api.types';
import type { EmailNotificationCreated, NotificationListResponse, NotificationResponse, NotifyErrorBody, TemplateReference } from './public-api.types';
import type { SmsNotificationCreated } from './sms-api.types';

/** A letter shows `accepted` and `received` instead of its stored statuses (docs/api-contract.md §8). */
const PUBLIC_STATUSES = [...new Set<string>([...NOTIFICATION_STATUSES, ...NOTIFICATION_STATUS_FILTERS])];

const REFERENCE = described(nullable(TEXT), 'Your reference, as you gave it.');
const SCHEDULED_FOR = described(ALWAYS_NULL, 'Always null: a scheduled message is sent at once, as in Notify.');
const ADDRESS_LINE = described(nullable(TEXT), "A letter's address line as given; null for emails and texts.");

/** Nothing yet, a text's fragments and rate, or a letter's sheets and postage. */
const COST_DETAILS: JsonSchema = {
  description: 'Empty until the cost is known (and for emails).',
  anyOf: [
    { type: 'object', maxProperties: 0 },
    objectSchema<{ billable_sms_fragments: number; international_rate_multiplier: number; sms_rate: number }>({
      billable_sms_fragments: INTEGER,
      international_rate_multiplier: NUMBER,
      sms_rate: NUMBER,
    }),
    objectSchema<{ billable_sheets_of_paper: number; postage: string }>({ billable_sheets_of_paper: INTEGER, postage: oneOfValues(POSTAGE) }),
  ],
};

const LINKS = objectSchema<NotificationListResponse['links']>(
  { current: URL_TEXT, next: described(URL_TEXT, 'The next (older) page; there whenever this page is not empty.') },
  { optional: ['next'] },
);

/** Response bodies of `/v2/notifications*` and Notify's error envelope (docs/api-contract.md §12). */
export const PUBLIC_API_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  TemplateReference: objectSchema<TemplateReference>({ id: UUID, version: { type: 'integer', minimum: 1 }, uri: URL_TEXT }),
  NotificationResponse: objectSchema<NotificationResponse>(
    {
      id: UUID,
      reference: REFERENCE,
      email_address: described(nullable(TEXT), 'The recipient as you gave it; null unless an email.'),
      phone_number: described(nullable(TEXT), 'The recipient as you gave it; null unless a text.'),
      line_1: ADDRESS_LINE,
      line_2: ADDRESS_LINE,
      line_3: ADDRESS_LINE,
      line_4: ADDRESS_LINE,
      line_5: ADDRESS_LINE,
      line_6: ADDRESS_LINE,
      postcode: ADDRESS_LINE,
      type: oneOfValues(TEMPLATE_TYPES),
      status: oneOfValues(PUBLIC_STATUSES),
      template: schemaRef('TemplateReference'),
      body: described(TEXT, 'The message with its placeholders filled.'),
      subject: nullable(TEXT),
      created_at: NOTIFY_TIMESTAMP,
      created_by_name: nullable(TEXT),
      sent_at: nullable(NOTIFY_TIMESTAMP),
      completed_at: described(nullable(NOTIFY_TIMESTAMP), 'Set once the status is final.'),
      scheduled_for: SCHEDULED_FOR,
      postage: nullable(oneOfValues(POSTAGE)),
      one_click_unsubscribe_url: nullable(URL_TEXT),
      is_cost_data_ready: BOOLEAN,
      cost_in_pounds: nullable(NUMBER),
      cost_details: COST_DETAILS,
      estimated_delivery: described(NOTIFY_TIMESTAMP, 'Letters only: when the letter should arrive.'),
    },
    {
      description: 'A notification. Every key is always there (but `estimated_delivery`); those that do not apply to the channel are null.',
      optional: ['estimated_delivery'],
    },
  ),
  NotificationList: objectSchema<NotificationListResponse>({ notifications: arrayOf(schemaRef('NotificationResponse')), links: LINKS }),
  EmailNotificationCreated: objectSchema<EmailNotificationCreated>({
    id: UUID,
    reference: REFERENCE,
    uri: URL_TEXT,
    template: schemaRef('TemplateReference'),
    scheduled_for: SCHEDULED_FOR,
    content: objectSchema<EmailNotificationCreated['content']>({
      from_email: described(TEXT, "The service's name in lower case, spaces as dots, at the email domain."),
      body: TEXT,
      subject: TEXT,
      one_click_unsubscribe_url: nullable(URL_TEXT),
    }),
    sanitised_content: described(
      mapOf(objectSchema<{ unsanitised: string; sanitised: string }>({ unsanitised: TEXT, sanitised: TEXT })),
      'Each personalisation key that `sanitise_content_for` changed.',
    ),
  }),
  SmsNotificationCreated: objectSchema<SmsNotificationCreated>({
    id: UUID,
    reference: REFERENCE,
    uri: URL_TEXT,
    template: schemaRef('TemplateReference'),
    scheduled_for: SCHEDULED_FOR,
    content: objectSchema<SmsNotificationCreated['content']>({
      body: described(TEXT, 'The text as it will be sent, without the service-name prefix.'),
      from_number: TEXT,
    }),
  }),
  LetterNotificationCreated: objectSchema<LetterNotificationCreated>({
    id: UUID,
    reference: REFERENCE,
    uri: URL_TEXT,
    template: schemaRef('TemplateReference'),
    scheduled_for: SCHEDULED_FOR,
    content: objectSchema<LetterNotificationCreated['content']>({ body: TEXT, subject: TEXT }),
  }),
  PrecompiledLetterCreated: objectSchema<PrecompiledLetterCreated>({ id: UUID, reference: TEXT, postage: oneOfValues(UK_POSTAGE) }),
  NotifyError: objectSchema<NotifyErrorBody>(
    {
      status_code: INTEGER,
      errors: {
        type: 'array',
        minItems: 1,
        items: objectSchema<NotifyErrorBody['errors'][number]>(
          {
            error: described(TEXT, 'AuthError, ValidationError, BadRequestError, RateLimitError, TooManyRequestsError, NoResultFound...'),
            message: TEXT,
            field: described(TEXT, 'The field refused, where Herald’s own endpoints name it.'),
          },
          { optional: ['field'] },
        ),
      },
    },
    { description: "Notify's error envelope, with the HTTP status repeated in `status_code`." },
  ),
  LegacyError: objectSchema<{ result: 'error'; message: string }>(
    { result: { const: 'error' }, message: TEXT },
    { description: "Notify's older shape, for a URL nothing serves (404) or a method the path does not take (405)." },
  ),
};
