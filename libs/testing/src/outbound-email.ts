import { randomUUID } from 'node:crypto';
import type { OutboundEmail } from '@herald/domain';

/** An email as the worker hands it to a provider (a fresh notification id), with `fields` over it. */
export function anOutboundEmail(fields: Partial<OutboundEmail> = {}): OutboundEmail {
  return {
    notificationId: randomUUID(),
    from: { name: 'Passport Office', address: 'passport.office@notify.example.gov' },
    to: 'jo@example.gov.uk',
    replyTo: null,
    subject: 'Hi',
    html: '<p>Hi</p>',
    text: 'Hi',
    unsubscribeUrl: null,
    ...fields,
  };
}
