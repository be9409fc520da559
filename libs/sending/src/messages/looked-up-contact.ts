import type { ContactDetails, ContactField, Message, MessageChannel, MessageRecipient, RecipientPreferences } from '@herald/domain';

/** The recipient field each channel needs, as a request gives it. */
export const RECIPIENT_FIELD = { email: 'emailAddress', sms: 'phoneNumber', letter: 'address' } as const satisfies Record<
  MessageChannel,
  keyof MessageRecipient
>;

/** The contact field each channel needs from a register. */
export const CHANNEL_FIELD: Record<MessageChannel, ContactField> = { email: 'email_address', sms: 'phone_number', letter: 'address' };

/** What to ask a register for: the contact field of each channel the message may use, and how the person wants to be reached. */
export function fieldsWanted(channels: readonly MessageChannel[]): ContactField[] {
  return [...channels.map((c) => CHANNEL_FIELD[c]), 'language', 'format_needs', 'permissions'];
}

/** The message as its attempts see it: what the service gave, completed by what the register returned (R-OO). */
export function withLookedUpContact(message: Message): Message {
  const found = message.lookedUp;
  if (!found) return message;
  const recipient: MessageRecipient = {
    emailAddress: message.recipient.emailAddress ?? found.email_address ?? null,
    phoneNumber: message.recipient.phoneNumber ?? found.phone_number ?? null,
    address: message.recipient.address ?? found.address ?? null,
  };
  return { ...message, recipient, language: message.language ?? found.language ?? null };
}

/**
 * The register's answers about how to reach the person, as the lowest layer of their choices:
 * their own choices in Herald (earlier entries) come first.
 */
export function registerLayer(found: ContactDetails | null): RecipientPreferences[] {
  if (!found || (!found.language && !found.format_needs?.length)) return [];
  return [
    {
      recipientKey: 'register',
      global: { channels: {}, paperOnly: false, language: found.language ?? null, formatNeeds: found.format_needs ?? [] },
      service: null,
      source: 'register',
      updatedAt: null,
    },
  ];
}

/** Channels the register says the person refused for this purpose (VA Profile's communication permissions). */
export function declinedChannels(found: ContactDetails | null): MessageChannel[] {
  return (Object.entries(found?.permissions ?? {}) as [MessageChannel, boolean][]).filter(([, allowed]) => allowed === false).map(([c]) => c);
}
