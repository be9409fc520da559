import type { InternalApiClient } from '@herald/contracts';

/**
 * "Reply" on a received-text conversation: the send pages carry `?conversation=<id of a received
 * text>` from choosing the template to the form, which fills in the number. The number itself never
 * goes in a URL. Null when the page is not a reply.
 */
export interface ReplyTo {
  readonly conversationId: string;
  /** The number as the conversation shows it, which the form takes as it is. */
  readonly phoneNumber: string;
  /** `?conversation=...`, to carry on to the next page. */
  readonly query: string;
}

export async function replyTo(client: InternalApiClient, serviceId: string, conversationId: unknown): Promise<ReplyTo | null> {
  if (typeof conversationId !== 'string' || conversationId === '') return null;
  const conversation = await client.inbound.conversation(serviceId, conversationId);
  return { conversationId: conversation.id, phoneNumber: conversation.from, query: `?conversation=${encodeURIComponent(conversation.id)}` };
}
