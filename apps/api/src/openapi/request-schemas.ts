import { arrayOf, type JsonSchema, oneOfValues } from '@herald/contracts';
import { FORMAT_NEEDS, MESSAGE_CHANNELS, PREFERENCE_LANGUAGES, UK_POSTAGE } from '@herald/domain';
import { IDENTIFIER_SCHEMA, MESSAGE_SCHEMA, RECIPIENT_SCHEMA, ROUTING_SCHEMA } from '../public/messages/message-request';
import { SEND_LETTER_SCHEMA, SEND_PRECOMPILED_LETTER_SCHEMA } from '../public/notifications/letters/send-letter.schema';
import { SEND_EMAIL_SCHEMA } from '../public/notifications/send-email.schema';
import { SEND_SMS_SCHEMA } from '../public/notifications/send-sms.schema';
import { PREVIEW_SCHEMA } from '../public/templates/template-preview.service';
import { requestBodySchema } from './request-body-schema';

const SCHEDULED_FOR: JsonSchema = {
  description: 'An ISO 8601 time within the next 24 hours. Accepted as Notify accepts it, but the message is sent at once.',
};
const PERSONALISATION: JsonSchema = {
  description:
    'A value for each placeholder of the template (an empty string is a value). In an email, a value may also be a file: ' +
    '`{"file": "<base64>", "filename": "report.pdf", "confirm_email_before_download": true, "retention_period": "26 weeks"}`.',
};
const ADDRESS: JsonSchema = {
  description: 'A postal address: `address_line_1` to `address_line_7` (at least 3 lines; `postcode` may stand for the last).',
  additionalProperties: { type: 'string' },
};

/** `POST /herald/v1/messages`: the top level, with the nested objects the API checks in a second step. */
function messageRequest(): JsonSchema {
  const identifier = requestBodySchema(IDENTIFIER_SCHEMA, { description: 'A person named by an identifier a register holds (once-only look-up).' });
  const recipient = requestBodySchema(RECIPIENT_SCHEMA, {
    description: 'Contact details, an identifier, or both.',
    fields: { address: ADDRESS, identifier },
  });
  const routing = requestBodySchema(ROUTING_SCHEMA, {
    fields: {
      channels: { minItems: 1, uniqueItems: true, description: 'Each channel once, in the order to try them.' },
      fallback_after: {
        description: 'For `first_success`: how long to wait for `delivered` on a listed channel before the next (an ISO 8601 duration, e.g. PT1H).',
        propertyNames: oneOfValues(MESSAGE_CHANNELS),
        additionalProperties: { type: 'string' },
      },
    },
  });
  return requestBodySchema(MESSAGE_SCHEMA, {
    description: 'One message to one person over several channels, from a published template set.',
    fields: {
      recipient,
      routing,
      personalisation: PERSONALISATION,
      scheduled_for: { description: 'An ISO 8601 time: the message is routed then, not before.' },
      purpose: { description: 'For a recipient named by identifier: the purpose the service was granted on the register.' },
      register: { description: 'The register to ask, when the service may use several for the purpose.' },
    },
  });
}

/** `PUT /herald/v1/me/preferences`: the fields MePreferencesChange checks (me-preferences-request.ts), from the same lists. */
const ME_PREFERENCES_CHANGE: JsonSchema = {
  type: 'object',
  description: 'A change to the person’s own choices, for every service; every field is optional. A body with any problem changes nothing.',
  properties: {
    channels: { type: 'object', propertyNames: oneOfValues(MESSAGE_CHANNELS), additionalProperties: { type: 'boolean' } },
    paper_only: { type: 'boolean', description: 'True: letters only. Confirmed by letter to `confirm_to.address`.' },
    language: { enum: [...PREFERENCE_LANGUAGES, null], description: 'null for no preference.' },
    format_needs: arrayOf(oneOfValues(FORMAT_NEEDS)),
    confirm_to: {
      type: 'object',
      properties: { address: { type: 'object', propertyNames: { pattern: '^(address_line_[1-7]|postcode)$' }, additionalProperties: { type: 'string' } } },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

/** Request bodies, each converted from the schema the API validates it with. */
export function requestSchemas(): Record<string, JsonSchema> {
  return {
    SendEmailRequest: requestBodySchema(SEND_EMAIL_SCHEMA, {
      fields: {
        email_address: { description: 'The recipient (Notify’s rules for an email address).' },
        personalisation: PERSONALISATION,
        scheduled_for: SCHEDULED_FOR,
        email_reply_to_id: { description: 'One of the service’s reply-to addresses; without it, the default one.' },
        one_click_unsubscribe_url: { description: 'Sent as `List-Unsubscribe` with one-click POST (RFC 8058).' },
        sanitise_content_for: { description: 'Personalisation keys whose values must not become links or formatting.' },
      },
    }),
    SendSmsRequest: requestBodySchema(SEND_SMS_SCHEMA, {
      fields: {
        phone_number: { description: 'A UK mobile number, or a landline or international number if the service may send to them.' },
        personalisation: PERSONALISATION,
        scheduled_for: SCHEDULED_FOR,
        sms_sender_id: { description: 'One of the service’s text message senders; without it, the default one.' },
      },
    }),
    SendLetterRequest: requestBodySchema(SEND_LETTER_SCHEMA, {
      description: 'A letter from a template.',
      fields: { personalisation: { description: 'Values for the placeholders, and the address: `address_line_1` to `address_line_7` (at least 3 lines).' } },
    }),
    SendPrecompiledLetterRequest: requestBodySchema(SEND_PRECOMPILED_LETTER_SCHEMA, {
      description: 'A precompiled letter: a body with `content` goes this way.',
      fields: {
        content: { description: 'The PDF, base64-encoded.', contentEncoding: 'base64', contentMediaType: 'application/pdf' },
        postage: { enum: [...UK_POSTAGE], description: 'Second class unless given.' },
      },
    }),
    TemplatePreviewRequest: requestBodySchema(PREVIEW_SCHEMA, {
      description: 'Other fields are ignored, as in Notify; an empty body is a preview without personalisation.',
      omit: ['id'],
    }),
    MessageRequest: messageRequest(),
    MePreferencesChange: ME_PREFERENCES_CHANGE,
  };
}
