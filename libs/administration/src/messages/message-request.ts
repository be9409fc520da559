import {
  MESSAGE_CHANNELS,
  parseIsoDuration,
  ROUTING_METHODS,
  type FieldProblem,
  type MessageChannel,
  type MessageRecipient,
  type RoutingMethod,
} from '@herald/domain';

/** Notify's letters take up to seven address lines (`address_line_1..7`). */
export const MAX_ADDRESS_LINES = 7;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGES = ['en', 'cy'];
const MAX_REFERENCE = 1000;

/** A message as the CLI (or another admin tool) asks for it; the fields of `POST /herald/v1/messages`, loosely typed until checked. */
export interface MessageSendRequest {
  readonly templateSetId: string;
  readonly emailAddress?: string;
  readonly phoneNumber?: string;
  /** The postal address, one line each, the postcode last (as Notify's letters). */
  readonly addressLines?: readonly string[];
  readonly method?: string;
  readonly channels: readonly string[];
  /** Channel → ISO 8601 duration (`PT1H`). */
  readonly fallbackAfter?: Readonly<Record<string, string>>;
  readonly personalisation?: Readonly<Record<string, unknown>>;
  readonly reference?: string;
  readonly language?: string;
}

/** The request once its shape is right: what MessageAcceptor takes (it applies every sending rule). */
export interface CheckedMessageRequest {
  readonly templateSetId: string;
  readonly recipient: MessageRecipient;
  readonly method: RoutingMethod;
  readonly channels: MessageChannel[];
  readonly fallbackAfter: Partial<Record<MessageChannel, string>>;
  readonly personalisation: Record<string, unknown>;
  readonly reference: string | null;
  readonly language: string | null;
}

export type MessageRequestCheck = { readonly ok: true; readonly request: CheckedMessageRequest } | { readonly ok: false; readonly problems: FieldProblem[] };

/**
 * The shape checks the API's `message-request.ts` makes on a body (R-API-1), with the API's field
 * names: the method is required and has no default, channels are listed once, and each fallback
 * window is an ISO 8601 duration for a listed channel.
 */
export function checkMessageRequest(request: MessageSendRequest): MessageRequestCheck {
  const problems = [...setProblems(request), ...routingProblems(request), ...recipientProblems(request), ...otherProblems(request)];
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    request: {
      templateSetId: request.templateSetId.toLowerCase(),
      recipient: {
        emailAddress: request.emailAddress ?? null,
        phoneNumber: request.phoneNumber ?? null,
        address: request.addressLines?.length ? addressOf(request.addressLines) : null,
      },
      method: request.method as RoutingMethod,
      channels: [...request.channels] as MessageChannel[],
      fallbackAfter: { ...request.fallbackAfter } as Partial<Record<MessageChannel, string>>,
      personalisation: { ...request.personalisation },
      reference: request.reference ?? null,
      language: request.language ?? null,
    },
  };
}

function setProblems(request: MessageSendRequest): FieldProblem[] {
  return UUID.test(request.templateSetId) ? [] : [{ field: 'template_set_id', message: `${request.templateSetId} is not a valid UUID` }];
}

function routingProblems(request: MessageSendRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (request.method === undefined) add('routing.method', 'routing.method is required: first_success or all');
  else if (!(ROUTING_METHODS as readonly string[]).includes(request.method))
    add('routing.method', `routing.method ${request.method} is not one of [${ROUTING_METHODS.join(', ')}]`);
  const unknown = request.channels.filter((c) => !(MESSAGE_CHANNELS as readonly string[]).includes(c));
  if (request.channels.length === 0) add('routing.channels', 'routing.channels must list at least one channel');
  if (unknown.length) add('routing.channels', `routing.channels ${unknown.join(', ')} is not one of [${MESSAGE_CHANNELS.join(', ')}]`);
  if (new Set(request.channels).size !== request.channels.length) add('routing.channels', 'routing.channels lists a channel twice');
  for (const [channel, window] of Object.entries(request.fallbackAfter ?? {})) {
    const field = `routing.fallback_after.${channel}`;
    if (!request.channels.includes(channel)) add(field, `${field} is not one of the routing channels`);
    else if (parseIsoDuration(window) === null) add(field, `${field} is not an ISO 8601 duration (for example PT1H or P2D)`);
  }
  return problems;
}

function recipientProblems(request: MessageSendRequest): FieldProblem[] {
  const lines = request.addressLines ?? [];
  if (lines.length > MAX_ADDRESS_LINES) return [{ field: 'recipient.address', message: `A postal address has at most ${MAX_ADDRESS_LINES} lines` }];
  if (!request.emailAddress && !request.phoneNumber && lines.length === 0)
    return [{ field: 'recipient', message: 'Give the person’s email address, phone number or postal address' }];
  return [];
}

function otherProblems(request: MessageSendRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (request.language !== undefined && !LANGUAGES.includes(request.language))
    problems.push({ field: 'language', message: `language ${request.language} is not one of [${LANGUAGES.join(', ')}]` });
  if (request.reference !== undefined && request.reference.length > MAX_REFERENCE)
    problems.push({ field: 'reference', message: `reference is longer than ${MAX_REFERENCE} characters` });
  return problems;
}

/** Lines in order as `address_line_1..n`: Notify reads the last as the postcode. */
function addressOf(lines: readonly string[]): Record<string, string> {
  return Object.fromEntries(lines.map((line, index) => [`address_line_${index + 1}`, line]));
}
