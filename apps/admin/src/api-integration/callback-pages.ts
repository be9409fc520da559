import { NotFoundException } from '@nestjs/common';
import type { AdminCallbackType } from '@herald/contracts';

/** The admin's URL words for each callback type, and how its pages name it (as Notify's do). */
export interface CallbackPage {
  readonly type: AdminCallbackType;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
}

export const CALLBACK_PAGES: readonly CallbackPage[] = [
  {
    type: 'delivery_status',
    slug: 'delivery-receipts',
    title: 'Callbacks for delivery receipts',
    description:
      'When you send an email or text message, we can tell your service whether it was delivered. We send a POST request to this URL each time a status changes.',
  },
  {
    type: 'inbound_sms',
    slug: 'received-text-messages',
    title: 'Callbacks for received text messages',
    description: 'When someone sends a text message to your service, we send a POST request with its content to this URL.',
  },
  {
    type: 'message_status',
    slug: 'message-status',
    title: 'Callbacks for omnichannel messages',
    description:
      'When you send a message through /herald/v1/messages, we tell your service each step: every new attempt on a channel, and when the message is delivered, fails or is cancelled. We send a POST request to this URL each time.',
  },
];

export function callbackPageOf(slug: string): CallbackPage {
  const page = CALLBACK_PAGES.find((p) => p.slug === slug);
  if (!page) throw new NotFoundException();
  return page;
}
