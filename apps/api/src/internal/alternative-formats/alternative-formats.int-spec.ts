import request from 'supertest';
import type { Service } from '@herald/domain';
import { AlternativeFormatRepository, AuditRepository, MessageRepository, NotificationRepository } from '@herald/persistence';
import { aMessageWithBrailleLetter, aTestConfig, HeraldUnderTest, TestUser } from '@herald/testing';

/** The internal endpoints behind the operators' alternative-format queue. */
describe('alternative-format queue (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let operator: TestUser;
  let operatorSession: string;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig());
    service = await herald.scenario.aService({ name: `Braille office ${Date.now()}` });
    operator = await herald.scenario.aUser({ platformAdmin: true, name: 'Olu Operator' });
    operatorSession = `Bearer ${await herald.scenario.aSession(operator.id)}`;
  });
  afterAll(() => herald.stop());

  const list = (session: string) => request(herald.baseUrl).get('/internal/platform/alternative-formats').set('Authorization', session);
  const done = (session: string, notificationId: string) =>
    request(herald.baseUrl).post(`/internal/platform/alternative-formats/${notificationId}/done`).set('Authorization', session).send({});

  it('R-LF-5: operators see each open item with its service, format and the rendered text to produce it from', async () => {
    const { notificationId, messageId } = await aMessageWithBrailleLetter(herald, service.id);
    const response = await list(operatorSession).expect(200);
    expect(response.body.alternative_formats).toContainEqual(
      expect.objectContaining({
        notification_id: notificationId,
        message_id: messageId,
        service: { id: service.id, name: service.name },
        format: 'braille',
        rendered_text: 'Dear Pat,\n\nYour payment is due.',
        done_by: null,
      }),
    );
  });

  it('R-LF-5: "done" records who produced the format, delivers the attempt, audits it, and leaves the queue', async () => {
    const { notificationId, messageId } = await aMessageWithBrailleLetter(herald, service.id);
    const response = await done(operatorSession, notificationId).expect(200);
    expect(response.body).toMatchObject({ notification_id: notificationId, done_by: operator.id });
    expect((await herald.get(AlternativeFormatRepository).find(notificationId))?.doneById).toBe(operator.id);
    expect((await herald.get(NotificationRepository).findById(service.id, notificationId))?.status).toBe('delivered');
    expect((await herald.get(MessageRepository).attempts(messageId))[0].status).toBe('delivered');
    const audit = await herald.get(AuditRepository).list({ serviceId: service.id, action: 'alternative-format.done', limit: 10 });
    expect(audit.find((e) => e.subject === notificationId)).toMatchObject({ userId: operator.id, details: { format: 'braille', producedBy: 'Olu Operator' } });
    const open = (await list(operatorSession).expect(200)).body.alternative_formats as { notification_id: string }[];
    expect(open.map((i) => i.notification_id)).not.toContain(notificationId);
    // Twice is refused with a message, not recorded again.
    const again = await done(operatorSession, notificationId).expect(400);
    expect(again.body.errors[0].message).toContain('already done');
  });

  it('R-LF-5: a service member who is not a platform admin can neither see the queue nor mark an item done', async () => {
    const { notificationId } = await aMessageWithBrailleLetter(herald, service.id);
    const member = await herald.scenario.aUser({ serviceId: service.id });
    const session = `Bearer ${await herald.scenario.aSession(member.id)}`;
    await list(session).expect(403);
    await done(session, notificationId).expect(403);
    expect((await herald.get(AlternativeFormatRepository).find(notificationId))?.doneAt).toBeNull();
  });

  it('R-LF-5: an unknown item is 404', async () => {
    await done(operatorSession, '00000000-0000-4000-8000-000000000000').expect(404);
  });
});
