import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Service } from '@herald/domain';
import { LetterRepository, MessageRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest } from '@herald/testing';

/** The internal endpoint behind the admin's message page. */
describe('omnichannel messages (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let otherService: Service;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService();
    otherService = await herald.scenario.aService();
  });
  afterAll(() => herald.stop());

  async function sessionOf(serviceId: string): Promise<string> {
    const user = await herald.scenario.aUser({ serviceId, permissions: ['view_dashboard'] });
    return `Bearer ${await herald.scenario.aSession(user.id)}`;
  }
  const show = (session: string, serviceId: string, messageId: string) =>
    request(herald.baseUrl).get(`/internal/services/${serviceId}/messages/${messageId}`).set('Authorization', session);

  it('R-API-6: the team sees the message as the public API gives it: status, route plan with reasons and layers, attempts with Notify statuses', async () => {
    const { messageId, notificationId } = await aMessageWithBrailleLetter(herald, service.id);
    const response = await show(await sessionOf(service.id), service.id, messageId).expect(200);
    expect(response.body).toMatchObject({
      id: messageId,
      status: 'routing',
      delivered_via: null,
      reference: 'omnichannel-fixture',
      routing: { method: 'first_success', channels: ['email', 'letter'] },
      attempts: [{ id: notificationId, channel: 'letter', status: 'pending-alternative-format' }],
      route_plan: [
        { channel: 'email', decision: 'skipped', reason: 'recipient_channel_off', decided_by: 'citizen_global', attempt_id: null },
        { channel: 'letter', decision: 'attempted', reason: 'format_needs_alternative', decided_by: 'service_default', attempt_id: notificationId },
      ],
    });
    // The recipient and personalisation are not part of the body: the page shows no personal data.
    expect(JSON.stringify(response.body)).not.toContain('pat@example.org');
  });

  it('R-API-6: another service’s member cannot see the message (404), even through their own service', async () => {
    const { messageId } = await aMessageWithBrailleLetter(herald, service.id);
    const theirs = await sessionOf(otherService.id);
    await show(theirs, service.id, messageId).expect(404);
    const own = await show(theirs, otherService.id, messageId).expect(404);
    expect(own.body).toEqual({ status_code: 404, errors: [{ error: 'NoResultFound', message: 'No result found' }] });
  });

  it('R-API-6: an id that is not a message is 404, not a server error', async () => {
    await show(await sessionOf(service.id), service.id, 'not-a-message').expect(404);
  });
});

/**
 * A letter attempt of an omnichannel message, waiting on the operators' queue for braille, with the
 * message's route plan (email skipped because the person switched it off): the message page's
 * `:messageId` and the alternative-format queue's item.
 */
async function aMessageWithBrailleLetter(herald: HeraldUnderTest, serviceId: string): Promise<{ messageId: string; notificationId: string }> {
  const template = await herald.scenario.aTemplateOfType(serviceId, 'letter', 'Dear ((name)),\n\nYour payment is due.');
  const messageId = randomUUID();
  const notificationId = randomUUID();
  const createdAt = new Date();
  await herald.get(MessageRepository).insert({
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
  await herald.get(LetterRepository).insert({
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
  await herald.get(MessageRepository).addAttempt(serviceId, { messageId, channel: 'letter', notificationId, createdAt });
  return { messageId, notificationId };
}
