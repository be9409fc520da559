import { NotifyClient } from 'notifications-node-client';
import request from 'supertest';
import { InboundSmsRepository, SessionRepository, SmsSenderRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, TestUser } from '@herald/testing';

/** GET /internal/services/:serviceId/received-text-messages: the admin's conversations with the numbers that texted the service. */
describe('received text messages (internal API)', () => {
  let herald: HeraldUnderTest;
  let serviceId: string;
  let member: TestUser;
  let session: string;
  let firstFromAlex: string;

  const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute));
  const receive = async (forService: string, from: string, content: string, createdAt: Date) =>
    (await herald
      .get(InboundSmsRepository)
      .insert({ serviceId: forService, notifyNumber: '07700900500', userNumber: from, content, provider: 'twilio', providerReference: null, createdAt }))!.id;
  const get = (path: string, auth = session) => request(herald.baseUrl).get(`/internal/services/${serviceId}${path}`).set('Authorization', auth);

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    const service = await herald.scenario.aService();
    serviceId = service.id;
    await herald.get(SmsSenderRepository).add(serviceId, 'Herald', { inboundNumber: '07700900500' });
    member = await herald.scenario.aUser({ serviceId, permissions: [] });
    session = `Bearer ${(await herald.get(SessionRepository).open(member.id)).token}`;

    firstFromAlex = await receive(serviceId, '447700900123', 'Hello, is my appointment on Monday?', at(1));
    await receive(serviceId, '12025550123', 'Stop', at(2));
    await receive(serviceId, '447700900123', 'Thanks', at(4));
    // The service's reply to Alex, and a text to someone else that is no part of the conversation.
    const key = await herald.scenario.anApiKey(serviceId);
    const template = await herald.scenario.anSmsTemplate(serviceId, { name: 'Reply', content: 'Yes, ((day)) at 10am' });
    const client = new NotifyClient(herald.baseUrl, key.key);
    await client.sendSms(template.id, '07700 900123', { personalisation: { day: 'Monday' } });
    await client.sendSms(template.id, '07700 900456', { personalisation: { day: 'Friday' } });
  });
  afterAll(() => herald.stop());

  it('lists one conversation per number, the most recent first, with its newest text and how many came', async () => {
    const { body } = await get('/received-text-messages').expect(200);
    expect(body.inboundNumber).toBe('07700 900500');
    expect(body.conversations).toEqual([
      { id: expect.any(String), from: '07700 900123', latestMessage: 'Thanks', latestAt: at(4).toISOString(), receivedCount: 2 },
      { id: expect.any(String), from: '+1 202-555-0123', latestMessage: 'Stop', latestAt: at(2).toISOString(), receivedCount: 1 },
    ]);
  });

  it('shows a conversation as a phone does: the texts received and the texts the service sent to that number, newest last', async () => {
    const { body } = await get(`/received-text-messages/${firstFromAlex}`).expect(200);
    expect(body.from).toBe('07700 900123');
    expect(body.messages.map((m: { direction: string; content: string }) => [m.direction, m.content])).toEqual([
      ['received', 'Hello, is my appointment on Monday?'],
      ['received', 'Thanks'],
      ['sent', 'Yes, Monday at 10am'],
    ]);
    expect(body.messages[2]).toMatchObject({ notificationId: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'created' });
  });

  it('finds the same conversation from any of its texts', async () => {
    const { body: list } = await get('/received-text-messages').expect(200);
    const { body } = await get(`/received-text-messages/${list.conversations[0].id}`).expect(200);
    expect(body.messages).toHaveLength(3);
  });

  it('does not show another service’s conversation, nor list its texts', async () => {
    const other = await herald.scenario.aService();
    const theirs = await receive(other.id, '447700900333', 'Not yours', at(5));
    await get(`/received-text-messages/${theirs}`).expect(404);
    const { body } = await get('/received-text-messages').expect(200);
    expect(JSON.stringify(body)).not.toContain('Not yours');
    await get('/received-text-messages/not-an-id').expect(404);
  });

  it('answers 404 to someone outside the team', async () => {
    const outsider = await herald.scenario.aUser();
    await get('/received-text-messages', `Bearer ${(await herald.get(SessionRepository).open(outsider.id)).token}`).expect(404);
  });

  it('says in the membership whether the service receives texts, for its navigation', async () => {
    expect((await get('/membership').expect(200)).body.receivesTexts).toBe(true);
    const quiet = await herald.scenario.aService();
    const quietMember = await herald.scenario.aUser({ serviceId: quiet.id });
    const quietSession = `Bearer ${(await herald.get(SessionRepository).open(quietMember.id)).token}`;
    const membership = await request(herald.baseUrl).get(`/internal/services/${quiet.id}/membership`).set('Authorization', quietSession).expect(200);
    expect(membership.body.receivesTexts).toBe(false);
    await receive(quiet.id, '447700900444', 'Hello', at(6));
    const after = await request(herald.baseUrl).get(`/internal/services/${quiet.id}/membership`).set('Authorization', quietSession).expect(200);
    expect(after.body.receivesTexts).toBe(true);
  });
});
