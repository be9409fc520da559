import { CONTACT_FIELDS, FORMAT_NEEDS, MESSAGE_CHANNELS, MESSAGE_STATUSES, PREFERENCE_LANGUAGES, ROUTE_DECISIONS, TEMPLATE_SET_KINDS } from '@herald/domain';
import { arrayOf, BOOLEAN, described, type JsonSchema, nullable, objectSchema, oneOfValues, schemaRef, TEXT, TIMESTAMP, UUID } from '../json-schema';
import type {
  MeChannelOutcome,
  MeExport,
  MeLookup,
  MeLookupsResponse,
  MeMessage,
  MeMessagesResponse,
  MePreferenceChange,
  MePreferences,
  MePreferencesChanged,
  MeProfile,
} from './citizen-api.types';

const CHANNEL = oneOfValues(MESSAGE_CHANNELS);
const CHANNEL_SWITCHES = objectSchema<MePreferences['channels']>({ email: BOOLEAN, sms: BOOLEAN, letter: BOOLEAN }, { optional: ['email', 'sms', 'letter'] });
const PAGE_FIELDS = { offset: { type: 'integer', minimum: 0 }, limit: { type: 'integer', minimum: 1 }, total: { type: 'integer', minimum: 0 } };

/**
 * `/herald/v1/me/*` (R-TR). The export's parts say the same as the published export schema,
 * docs/schemas/me-export-v1.schema.json (a test compares them).
 */
export const CITIZEN_API_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  MeProfile: objectSchema<MeProfile>({
    name: nullable(TEXT),
    email_address: described(nullable(TEXT), 'The verified email address of the sign-in.'),
    phone_number: described(nullable(TEXT), 'The verified phone number of the sign-in.'),
    identifier_scheme: described(nullable(TEXT), "The identifier scheme matched, never the identifier's value."),
  }),
  MeChannelOutcome: objectSchema<MeChannelOutcome>({
    channel: CHANNEL,
    decision: oneOfValues(ROUTE_DECISIONS),
    reason: described(TEXT, 'The route reason: permitted, recipient_paper_only, lookup_not_found...'),
    status: described(nullable(TEXT), "The attempt's Notify status when one was made."),
    description: described(TEXT, 'What happened, in plain words.'),
  }),
  MeMessage: objectSchema<MeMessage>({
    id: UUID,
    created_at: TIMESTAMP,
    organisation: nullable(TEXT),
    service: TEXT,
    label: described(TEXT, "The template set's label for people."),
    kind: oneOfValues(TEMPLATE_SET_KINDS),
    status: oneOfValues(MESSAGE_STATUSES),
    status_reason: nullable(TEXT),
    delivered_via: nullable(CHANNEL),
    channels: arrayOf(schemaRef('MeChannelOutcome')),
    content: described(
      nullable(objectSchema<NonNullable<MeMessage['content']>>({ subject: nullable(TEXT), body: TEXT })),
      'The message as the service wrote it; null once deleted after the service’s retention.',
    ),
    content_note: described(nullable(TEXT), '"deleted after 7 days" once the content is gone.'),
    sensitive: BOOLEAN,
  }),
  MeMessages: objectSchema<MeMessagesResponse>({ messages: arrayOf(schemaRef('MeMessage')), ...PAGE_FIELDS }),
  MeLookup: objectSchema<MeLookup>({
    id: UUID,
    at: TIMESTAMP,
    organisation: nullable(TEXT),
    service: TEXT,
    register: TEXT,
    purpose: described(TEXT, 'The purpose, in words written for the person.'),
    fields_requested: arrayOf(oneOfValues(CONTACT_FIELDS)),
    outcome: oneOfValues(['found', 'not_found', 'declined', 'unavailable']),
    message_id: nullable(UUID),
  }),
  MeLookups: objectSchema<MeLookupsResponse>({ lookups: arrayOf(schemaRef('MeLookup')), ...PAGE_FIELDS }),
  MePreferences: objectSchema<MePreferences>({
    channels: CHANNEL_SWITCHES,
    paper_only: BOOLEAN,
    language: nullable(oneOfValues(PREFERENCE_LANGUAGES)),
    format_needs: arrayOf(oneOfValues(FORMAT_NEEDS)),
    updated_at: nullable(TIMESTAMP),
  }),
  MePreferencesChanged: objectSchema<MePreferencesChanged>({
    preferences: schemaRef('MePreferences'),
    confirmation: described(
      nullable(objectSchema<NonNullable<MePreferencesChanged['confirmation']>>({ channel: CHANNEL, notification_id: UUID })),
      'How the change was confirmed; null when nothing changed or no channel is left to confirm by.',
    ),
  }),
  MePreferenceChange: objectSchema<MePreferenceChange>({
    at: TIMESTAMP,
    field: described(TEXT, 'channels.email, channels.sms, channels.letter, channels.inbox, paper_only, language, format_needs or muted_kinds'),
    old_value: schemaRef('MePreferenceValue'),
    new_value: schemaRef('MePreferenceValue'),
    source: oneOfValues(['citizen', 'service', 'register', 'assisted']),
    service: described(nullable(TEXT), 'The service a per-service choice was for; null for a choice for every service.'),
  }),
  MePreferenceValue: {
    description: "A choice's value before or after a change: a switch, a language, a list of format needs or muted kinds, or null for none.",
    anyOf: [BOOLEAN, TEXT, arrayOf(TEXT), { type: 'null' }],
  },
  MeExport: objectSchema<MeExport>(
    {
      schema: { type: 'string', const: 'https://herald.example/schemas/me-export-v1.json' },
      exported_at: TIMESTAMP,
      messages: arrayOf(schemaRef('MeMessage')),
      lookups: arrayOf(schemaRef('MeLookup')),
      preferences: schemaRef('MePreferences'),
      preference_history: arrayOf(schemaRef('MePreferenceChange')),
    },
    { description: 'Everything Herald holds about the person (the JSON download); published as docs/schemas/me-export-v1.schema.json.' },
  ),
};
