import {
  CONTACT_FIELDS,
  MESSAGE_CHANNELS,
  MESSAGE_STATUSES,
  type MessageBody,
  NOTIFICATION_STATUSES,
  PREFERENCE_LAYERS,
  ROUTE_DECISIONS,
  ROUTE_REASONS,
  ROUTING_METHODS,
  VARIANT_LANGUAGES,
} from '@herald/domain';
import { arrayOf, BOOLEAN, described, INTEGER, type JsonSchema, nullable, objectSchema, oneOfValues, TEXT, TIMESTAMP, UUID } from './json-schema';

type Attempt = MessageBody['attempts'][number];
type RouteStep = MessageBody['route_plan'][number];
type Lookup = NonNullable<MessageBody['lookup']>;

const CHANNEL = oneOfValues(MESSAGE_CHANNELS);
const ISO_DURATION = described(TEXT, 'An ISO 8601 duration, such as PT1H or P2D.');

/** `GET /herald/v1/messages/{id}`, the answer of `POST /herald/v1/messages` and the `message-status` callback (R-API-6). */
export const MESSAGE_API_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  Message: objectSchema<MessageBody>({
    id: UUID,
    reference: nullable(TEXT),
    status: oneOfValues(MESSAGE_STATUSES),
    status_reason: described(nullable(TEXT), 'Why the message ended as it did, when one reason explains it (`lookup_not_found`, `lookup_declined`...).'),
    delivered_via: nullable(CHANNEL),
    template_set: objectSchema<MessageBody['template_set']>({ id: UUID, version: { type: 'integer', minimum: 1 } }),
    routing: objectSchema<MessageBody['routing']>({
      method: oneOfValues(ROUTING_METHODS),
      channels: arrayOf(CHANNEL),
      fallback_after: {
        type: 'object',
        description: 'How long to wait for `delivered` on a channel before trying the next one.',
        propertyNames: CHANNEL,
        additionalProperties: ISO_DURATION,
      },
    }),
    attempts: described(
      arrayOf(
        objectSchema<Attempt>({
          id: described(UUID, "The attempt's notification id (see GET /v2/notifications/{id})."),
          channel: CHANNEL,
          status: oneOfValues(NOTIFICATION_STATUSES),
          status_reason: nullable(TEXT),
          created_at: TIMESTAMP,
        }),
      ),
      'One per channel tried, in the order made.',
    ),
    route_plan: arrayOf(
      objectSchema<RouteStep>({
        channel: CHANNEL,
        decision: oneOfValues(ROUTE_DECISIONS),
        reason: oneOfValues(ROUTE_REASONS),
        decided_by: described(oneOfValues(PREFERENCE_LAYERS), "Which layer of the person's choices decided."),
        language: nullable(oneOfValues(VARIANT_LANGUAGES)),
        attempt_id: nullable(UUID),
      }),
    ),
    lookup: described(
      nullable(
        objectSchema<Lookup>({
          purpose: nullable(TEXT),
          register: nullable(TEXT),
          tries: INTEGER,
          fields_returned: described(nullable(arrayOf(oneOfValues(CONTACT_FIELDS))), 'The names (never the values) of what the register returned.'),
        }),
      ),
      'A recipient named by identifier: the look-up in the register. Null otherwise.',
    ),
    delegate_may_read: described(BOOLEAN, 'Reserved for delegation: a delegate inbox must not show a message marked false.'),
    scheduled_for: nullable(TIMESTAMP),
    created_at: TIMESTAMP,
    updated_at: nullable(TIMESTAMP),
  }),
};
