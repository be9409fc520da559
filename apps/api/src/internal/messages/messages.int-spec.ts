import request from 'supertest';
import type { Service } from '@herald/domain';
import { aMessageWithBrailleLetter, aTestConfig, HeraldUnderTest } from '@herald/testing';

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
