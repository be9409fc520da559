import { arrayOf, described, type JsonSchema, nullable, objectSchema, oneOfValues, TEXT, UUID } from '@herald/contracts';
import { MESSAGE_CHANNELS, PREFERENCE_LANGUAGES } from '@herald/domain';
import type { ContactAnswer } from '@herald/sending';
import { json, type OpenApiObject, operation, pathParameter, queryParameter } from './openapi-operations';

const MESSAGES = 'Messages (omnichannel)';
const CHECKS = 'Content checks';
const messageId = pathParameter('messageId', UUID, 'The message’s id.');

/** Answers of `/herald/v1` that no contract type names: they are typed where they are made. */
export const HERALD_API_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  ContactAnswer: objectSchema<ContactAnswer>({
    allowed_channels: described(arrayOf(oneOfValues(MESSAGE_CHANNELS)), 'The channels a message from this set could use for the person, in order.'),
    language: nullable(oneOfValues(PREFERENCE_LANGUAGES)),
  }),
  CancelledAttempts: objectSchema<{ cancelled_attempt_ids: string[] }>({
    cancelled_attempt_ids: described(arrayOf(UUID), 'The notifications cancelled: attempts not yet with a provider.'),
  }),
};

function messages(): Record<string, OpenApiObject> {
  return {
    '/herald/v1/messages': {
      post: operation({
        operationId: 'sendMessage',
        tag: MESSAGES,
        summary: 'Send a message over several channels',
        description:
          'Checks every listed channel as its attempt would be (storing nothing if any fails), plans the route from the person’s choices, ' +
          'stores the message and answers at once; the worker makes the attempts. A purpose not granted for a person named by identifier is 403.',
        body: { schemas: ['MessageRequest'], required: true },
        success: { status: 201, description: 'Accepted: the message and its route plan.', content: json('Message') },
        errors: [400, 413, 429],
      }),
    },
    '/herald/v1/messages/{messageId}': {
      get: operation({
        operationId: 'getMessage',
        tag: MESSAGES,
        summary: 'Get a message',
        description: 'Its status, attempts and route plan; the `message-status` callback carries the same body. Another service’s message is 404.',
        parameters: [messageId],
        success: { status: 200, description: 'The message.', content: json('Message') },
        errors: [404],
      }),
    },
    '/herald/v1/messages/{messageId}/pending': {
      delete: operation({
        operationId: 'cancelPendingAttempts',
        tag: MESSAGES,
        summary: 'Cancel what is still pending',
        description: 'Cancels the attempts not yet with a provider and every channel still waiting.',
        parameters: [messageId],
        success: { status: 200, description: 'What was cancelled.', content: json('CancelledAttempts') },
        errors: [404],
      }),
    },
    '/herald/v1/recipients/can-contact': {
      get: operation({
        operationId: 'canContact',
        tag: MESSAGES,
        summary: 'May this person be contacted, and how',
        description:
          'Answers from the person’s stored choices, as a message from the set would be routed; a register is never asked. ' +
          'Give an email address, a phone number, or an identifier scheme with its value.',
        parameters: [
          queryParameter('template_set_id', UUID, 'A published template set of the service.', { required: true }),
          queryParameter('email_address', TEXT, 'The person’s email address.'),
          queryParameter('phone_number', TEXT, 'The person’s phone number.'),
          queryParameter('identifier_scheme', TEXT, 'With `identifier_value`: the scheme of an identifier, e.g. `nino`.'),
          queryParameter('identifier_value', TEXT, 'With `identifier_scheme`: the identifier.'),
        ],
        success: { status: 200, description: 'The channels allowed and the language.', content: json('ContactAnswer') },
        errors: [400, 404],
      }),
    },
  };
}

function checks(): Record<string, OpenApiObject> {
  const id = (what: string) => pathParameter('id', UUID, `The ${what}’s id.`);
  return {
    '/herald/v1/templates/{id}/checks': {
      get: operation({
        operationId: 'getTemplateChecks',
        tag: CHECKS,
        summary: 'The content checks of a template',
        description: 'The report stored with the template’s current version (checked when asked for a version saved before checks existed).',
        parameters: [id('template')],
        success: { status: 200, description: 'The report.', content: json('TemplateChecks') },
        errors: [400, 404],
      }),
    },
    '/herald/v1/template-sets/{id}/checks': {
      get: operation({
        operationId: 'getTemplateSetChecks',
        tag: CHECKS,
        summary: 'The content checks of a template set',
        description: 'The report on the set’s draft, and on its published version.',
        parameters: [id('template set')],
        success: { status: 200, description: 'The reports.', content: json('TemplateSetChecks') },
        errors: [400, 404],
      }),
    },
  };
}

/** Herald's own API beside Notify's, with the same keys: omnichannel messages and content checks. */
export function heraldPaths(): Record<string, OpenApiObject> {
  return { ...messages(), ...checks() };
}
