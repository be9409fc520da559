import type { ConversationView } from '@herald/contracts';
import { statusTag, StatusTag } from '../activity/notification-labels';

export interface ConversationMessageRow {
  readonly direction: 'received' | 'sent';
  readonly content: string;
  readonly at: string;
  readonly notificationId: string | null;
  /** A sent text's status, as the activity pages tag it. */
  readonly tag: StatusTag | null;
}

/** What the conversation page shows: each text with its status tag when the service sent it. */
export function conversationView(conversation: ConversationView): { conversation: ConversationView; messages: ConversationMessageRow[] } {
  return {
    conversation,
    messages: conversation.messages.map((m) => ({
      direction: m.direction,
      content: m.content,
      at: m.at,
      notificationId: m.notificationId,
      tag: m.status === null ? null : statusTag('sms', m.status),
    })),
  };
}
