import { MESSAGE_CHANNELS, parseIsoDuration, ROUTING_METHODS, type MessageChannel, type MessageRecipient, type RoutingMethod } from '@herald/domain';
import { validateRequest, type RequestSchema } from '../validation/request-schema';
import { scheduledForError } from '../validation/scheduled-for';

/** `POST /herald/v1/messages` (R-API-1): the top level; `recipient` and `routing` are checked below. */
export const MESSAGE_SCHEMA: RequestSchema = {
  properties: {
    template_set_id: { uuid: true },
    recipient: { type: 'object' },
    personalisation: { type: 'object' },
    routing: { type: 'object' },
    purpose: { type: 'string', maxLength: 64 },
    register: { type: 'string', maxLength: 64 },
    reference: { type: 'string', maxLength: 1000 },
    scheduled_for: { type: ['string', 'null'], format: (value) => scheduledForError(value) },
    language: { type: 'string', enum: ['en', 'cy'] },
    delegate_may_read: { type: 'boolean' },
  },
  required: ['template_set_id', 'recipient', 'routing'],
  additionalProperties: false,
};

export const RECIPIENT_SCHEMA: RequestSchema = {
  properties: { email_address: { type: 'string' }, phone_number: { type: 'string' }, address: { type: 'object' }, identifier: { type: 'object' } },
  additionalProperties: false,
};

export const IDENTIFIER_SCHEMA: RequestSchema = {
  properties: { scheme: { type: 'string', maxLength: 64 }, value: { type: 'string', maxLength: 128 } },
  required: ['scheme', 'value'],
  additionalProperties: false,
};

export const ROUTING_SCHEMA: RequestSchema = {
  properties: {
    method: { type: 'string', enum: ROUTING_METHODS },
    channels: { type: 'array', items: { type: 'string', enum: MESSAGE_CHANNELS } },
    fallback_after: { type: 'object' },
  },
  required: ['method', 'channels'],
  additionalProperties: false,
};

export interface ParsedMessageRequest {
  readonly templateSetId: string;
  readonly recipient: MessageRecipient;
  readonly identifier: { scheme: string; value: string } | null;
  readonly purpose: string | null;
  readonly register: string | null;
  readonly personalisation: Record<string, unknown>;
  readonly method: RoutingMethod;
  readonly channels: MessageChannel[];
  readonly fallbackAfter: Partial<Record<MessageChannel, string>>;
  readonly reference: string | null;
  readonly scheduledFor: Date | null;
  readonly language: string | null;
  readonly delegateMayRead: boolean;
}

export type ParseResult = { ok: true; request: ParsedMessageRequest } | { ok: false; errors: string[] };

/** Checks the body's shape; Notify's jsonschema wording, nested fields named `routing.method`. */
export function parseMessageRequest(body: unknown): ParseResult {
  const errors = validateRequest(MESSAGE_SCHEMA, body);
  if (errors.length) return { ok: false, errors };
  const raw = body as Record<string, unknown>;
  const nested = [
    ...prefixed('recipient', validateRequest(RECIPIENT_SCHEMA, raw.recipient)),
    ...prefixed('routing', validateRequest(ROUTING_SCHEMA, raw.routing)),
  ];
  const identifierBody = (raw.recipient as Record<string, unknown>).identifier;
  if (!nested.length && identifierBody !== undefined) nested.push(...prefixed('recipient.identifier', validateRequest(IDENTIFIER_SCHEMA, identifierBody)));
  if (nested.length) return { ok: false, errors: nested };
  const recipient = raw.recipient as Record<string, unknown>;
  const routing = raw.routing as { method: RoutingMethod; channels: MessageChannel[]; fallback_after?: Record<string, unknown> };
  const routingErrors = routingProblems(routing);
  if (routingErrors.length) return { ok: false, errors: routingErrors };
  const identifier = recipient.identifier as { scheme: string; value: string } | undefined;
  return {
    ok: true,
    request: {
      templateSetId: raw.template_set_id as string,
      recipient: {
        emailAddress: (recipient.email_address as string | undefined) ?? null,
        phoneNumber: (recipient.phone_number as string | undefined) ?? null,
        address: (recipient.address as Record<string, string> | undefined) ?? null,
      },
      identifier: identifier ? { scheme: identifier.scheme, value: identifier.value } : null,
      purpose: (raw.purpose as string | undefined) ?? null,
      register: (raw.register as string | undefined) ?? null,
      personalisation: (raw.personalisation as Record<string, unknown> | undefined) ?? {},
      method: routing.method,
      channels: routing.channels,
      fallbackAfter: (routing.fallback_after ?? {}) as Partial<Record<MessageChannel, string>>,
      reference: (raw.reference as string | undefined) ?? null,
      scheduledFor: typeof raw.scheduled_for === 'string' ? new Date(raw.scheduled_for) : null,
      language: (raw.language as string | undefined) ?? null,
      delegateMayRead: (raw.delegate_may_read as boolean | undefined) ?? true,
    },
  };
}

/** Channels listed once, at least one; each fallback window an ISO 8601 duration for a listed channel. */
function routingProblems(routing: { channels: MessageChannel[]; fallback_after?: Record<string, unknown> }): string[] {
  const errors: string[] = [];
  if (routing.channels.length === 0) errors.push('routing.channels must list at least one channel');
  if (new Set(routing.channels).size !== routing.channels.length) errors.push('routing.channels lists a channel twice');
  for (const [channel, window] of Object.entries(routing.fallback_after ?? {})) {
    if (!routing.channels.includes(channel as MessageChannel)) errors.push(`routing.fallback_after.${channel} is not one of the routing channels`);
    else if (typeof window !== 'string' || parseIsoDuration(window) === null)
      errors.push(`routing.fallback_after.${channel} is not an ISO 8601 duration (for example PT1H or P2D)`);
  }
  return errors;
}

function prefixed(field: string, errors: string[]): string[] {
  return errors.map((e) => (e.includes(' is not of type object') && !e.startsWith(field) ? `${field} ${e}` : `${field}.${e}`));
}
