import { randomUUID } from 'node:crypto';
import { MessageRepository, NotificationRepository } from '@herald/persistence';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import {
  anOmnichannelDepartment,
  aPublishedSet,
  aTestConfig,
  created,
  eventually,
  getMessage,
  HeraldUnderTest,
  LoopbackCallbacks,
  ManualClock,
  OmnichannelDepartment,
  postMessage,
} from '@herald/testing';

const HOUR = 3_600_000;

/** The router's recoveries, seen from inside: a crash between recording an attempt and storing its notification, and smoke-test recipients. */
describe('message routing recoveries', () => {
  const endpoints = new LoopbackCallbacks();
  const clock = new ManualClock();
  let herald: HeraldUnderTest;
  let department: OmnichannelDepartment;
  let setId: string;

  beforeAll(async () => {
    await endpoints.start();
    herald = await HeraldUnderTest.start(await aTestConfig({ ALLOW_PRIVATE_CALLBACK_URLS: 'true' }), { worker: true, clock });
    department = await anOmnichannelDepartment(herald, endpoints);
    setId = (await aPublishedSet(herald, department)).setId;
  });
  afterAll(async () => {
    await herald?.stop();
    await endpoints.stop();
  });

  const send = async (recipient: object, channels: string[], extra: object = {}) =>
    created(
      await postMessage(herald, department.key, {
        template_set_id: setId,
        recipient,
        personalisation: { name: 'Jo', ref: 'A-1' },
        routing: { method: 'first_success', channels },
        ...extra,
      }),
    );
  const tick = () => herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.routeMessages);

  it('R-RT-4: an attempt recorded just before a crash is finished under its own id by the next pass, never made twice', async () => {
    const scheduledFor = new Date(Date.now() + HOUR).toISOString();
    const { id } = await send({ phone_number: '07700 900481' }, ['sms'], { scheduled_for: scheduledFor });
    const notificationId = randomUUID();
    await herald.get(MessageRepository).addAttempt(department.serviceId, { messageId: id, channel: 'sms', notificationId, createdAt: clock.now() });

    clock.advance(2 * HOUR);
    await tick();
    await tick();

    const message = await getMessage(herald, department.key, id);
    expect(message.attempts).toEqual([expect.objectContaining({ id: notificationId, channel: 'sms' })]);
    expect(message.route_plan).toEqual([expect.objectContaining({ channel: 'sms', decision: 'attempted', attempt_id: notificationId })]);
    await eventually(async () => expect((await herald.get(NotificationRepository).findById(department.serviceId, notificationId))?.status).toBe('delivered'));
  });

  it('ends a channel whose recipient is a smoke-test number (never stored) and moves on to the next', async () => {
    const { id } = await send({ phone_number: '07700 900111', email_address: 'smoke-fallback@example.com' }, ['sms', 'email']);
    // The attempt row is written before the routing pass saves the plan: wait for both.
    await eventually(async () => {
      const current = await getMessage(herald, department.key, id);
      expect(current.attempts.map((a) => a.channel)).toEqual(['email']);
      expect(current.route_plan[0]).toMatchObject({ channel: 'sms', decision: 'skipped', reason: 'no_contact_data', attempt_id: null });
    });
  });
});
