import { NotFoundException } from '@nestjs/common';
import type { InternalApiClient } from '@herald/contracts';

/** One kind of sender setting, as the shared list and add pages show it. */
export interface SenderKind {
  readonly path: string;
  /** Plural heading, e.g. "Reply-to email addresses". */
  readonly title: string;
  readonly singular: string;
  readonly field: 'email_address' | 'sms_sender' | 'contact_block';
  readonly label: string;
  readonly hint: string;
  readonly multiline: boolean;
  list(client: InternalApiClient, serviceId: string): Promise<Array<{ id: string; text: string; isDefault: boolean }>>;
  add(client: InternalApiClient, serviceId: string, value: string, isDefault: boolean): Promise<unknown>;
  makeDefault(client: InternalApiClient, serviceId: string, id: string): Promise<void>;
  remove(client: InternalApiClient, serviceId: string, id: string): Promise<void>;
}

const KINDS: readonly SenderKind[] = [
  {
    path: 'reply-to',
    title: 'Reply-to email addresses',
    singular: 'reply-to email address',
    field: 'email_address',
    label: 'Email address',
    hint: 'Replies to your emails go to this address.',
    multiline: false,
    list: async (c, s) => (await c.settings.get(s)).reply_to_addresses.map((r) => ({ id: r.id, text: r.email_address, isDefault: r.is_default })),
    add: (c, s, value, isDefault) => c.settings.addReplyTo(s, { email_address: value, is_default: isDefault }),
    makeDefault: (c, s, id) => c.settings.makeReplyToDefault(s, id),
    remove: (c, s, id) => c.settings.removeReplyTo(s, id),
  },
  {
    path: 'sms-senders',
    title: 'Text message senders',
    singular: 'text message sender',
    field: 'sms_sender',
    label: 'Text message sender',
    hint: 'Up to 11 letters and numbers, or a phone number.',
    multiline: false,
    list: async (c, s) => (await c.settings.get(s)).sms_senders.map((r) => ({ id: r.id, text: r.sms_sender, isDefault: r.is_default })),
    add: (c, s, value, isDefault) => c.settings.addSmsSender(s, { sms_sender: value, is_default: isDefault }),
    makeDefault: (c, s, id) => c.settings.makeSmsSenderDefault(s, id),
    remove: (c, s, id) => c.settings.removeSmsSender(s, id),
  },
  {
    path: 'letter-contacts',
    title: 'Letter contact blocks',
    singular: 'letter contact block',
    field: 'contact_block',
    label: 'Contact block',
    hint: 'Printed at the top right of your letters: up to 10 lines, such as your address and phone number.',
    multiline: true,
    list: async (c, s) => (await c.settings.get(s)).letter_contacts.map((r) => ({ id: r.id, text: r.contact_block, isDefault: r.is_default })),
    add: (c, s, value, isDefault) => c.settings.addLetterContact(s, { contact_block: value, is_default: isDefault }),
    makeDefault: (c, s, id) => c.settings.makeLetterContactDefault(s, id),
    remove: (c, s, id) => c.settings.removeLetterContact(s, id),
  },
];

export function senderKind(path: string): SenderKind {
  const kind = KINDS.find((k) => k.path === path);
  if (!kind) throw new NotFoundException();
  return kind;
}
