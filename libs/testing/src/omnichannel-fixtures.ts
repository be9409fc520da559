import { randomUUID } from 'node:crypto';
import { TemplateSetAdministration } from '@herald/administration';
import { LetterRepository, MessageRepository } from '@herald/persistence';
import type { Scenario } from './scenario';

/** What both HeraldUnderTest and AdminUnderTest offer. */
export interface FixtureApp {
  readonly scenario: Scenario;
  get<T>(type: abstract new (...args: never[]) => T): T;
}

/**
 * A letter attempt of an omnichannel message, waiting on the operators' queue for braille, with the
 * message's route plan (email skipped because the person switched it off): the message page's
 * `:messageId` and the alternative-format queue's item.
 */
export async function aMessageWithBrailleLetter(app: FixtureApp, serviceId: string): Promise<{ messageId: string; notificationId: string }> {
  const template = await app.scenario.aTemplateOfType(serviceId, 'letter', 'Dear ((name)),\n\nYour payment is due.');
  const messageId = randomUUID();
  const notificationId = randomUUID();
  const createdAt = new Date();
  await app.get(MessageRepository).insert({
    id: messageId,
    serviceId,
    templateSetId: randomUUID(),
    templateSetVersion: 1,
    apiKeyId: null,
    keyType: 'normal',
    recipient: {
      emailAddress: 'pat@example.org',
      phoneNumber: null,
      address: { address_line_1: 'Pat', address_line_2: '1 High Street', postcode: 'SW1A 1AA' },
    },
    identifier: null,
    purpose: null,
    register: null,
    lookedUp: null,
    lookupTries: 0,
    statusReason: null,
    contentPurgedAt: null,
    recipientKeys: [],
    personalisation: { name: 'Pat' },
    method: 'first_success',
    channels: ['email', 'letter'],
    fallbackAfter: {},
    reference: 'omnichannel-fixture',
    scheduledFor: null,
    language: null,
    delegateMayRead: true,
    status: 'routing',
    routePlan: [
      { channel: 'email', decision: 'skipped', reason: 'recipient_channel_off', decidedBy: 'citizen_global', language: null, attemptId: null },
      { channel: 'letter', decision: 'attempted', reason: 'format_needs_alternative', decidedBy: 'service_default', language: 'en', attemptId: notificationId },
    ],
    letterFormat: 'braille',
    nextCheckAt: null,
    createdAt,
  });
  await app.get(LetterRepository).insert({
    id: notificationId,
    serviceId,
    templateId: template.id,
    templateVersion: template.version,
    apiKeyId: null,
    keyType: 'normal',
    address: 'Pat\n1 High Street\nSW1A 1AA',
    personalisation: { name: 'Pat' },
    clientReference: 'omnichannel-fixture',
    postage: 'second',
    letterReference: `ALT${notificationId.slice(0, 8).toUpperCase()}`,
    status: 'pending-alternative-format',
    createdAt,
    messageId,
    letterFormat: 'braille',
    alternativeText: 'Dear Pat,\n\nYour payment is due.',
  });
  await app.get(MessageRepository).addAttempt(serviceId, { messageId, channel: 'letter', notificationId, createdAt });
  return { messageId, notificationId };
}

/** A draft template set with an email, a text message and a letter variant. */
export async function aTemplateSet(app: FixtureApp, serviceId: string): Promise<string> {
  const author = await app.scenario.aUser({ serviceId, name: 'Set Author' });
  const variant = (channel: string, subject: string | null) => ({ channel, language: 'en', subject, content: 'Dear ((name)), your payment is due.' });
  const set = await app.get(TemplateSetAdministration).create(author, serviceId, {
    name: 'Payment due',
    kind: 'service',
    label: 'Payment reminders',
    sensitive: false,
    variants: [variant('email', 'Payment due'), variant('sms', null), variant('letter', 'Payment due')],
  });
  return set.id;
}

/** The ids the omnichannel pages under a service need (`:setId`, `:messageId`, and a variant's `:language`). */
export async function omnichannelFixtures(app: FixtureApp, serviceId: string): Promise<Record<string, string>> {
  return { setId: await aTemplateSet(app, serviceId), language: 'en', messageId: (await aMessageWithBrailleLetter(app, serviceId)).messageId };
}
