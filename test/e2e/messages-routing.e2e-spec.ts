import { ADDRESS, anOmnichannelDepartment, aPublishedSet, created, eventually, getMessage, OmnichannelDepartment, postMessage } from '@herald/testing';
import { OmnichannelHerald } from './support/omnichannel-herald';

const EMAIL = 'jo.bloggs@example.com';
const PHONE = '07700 900456';

/**
 * Omnichannel routing and fallback (omnichannel.md §9.2) end to end: Herald's API and worker on
 * PostgreSQL and Redis, every provider on loopback, receipts played as the providers send them.
 */
describe('omnichannel routing', () => {
  const world = new OmnichannelHerald();
  let department: OmnichannelDepartment;
  let setId: string;

  beforeAll(async () => {
    await world.start();
    department = await anOmnichannelDepartment(world.herald, world.endpoints);
    setId = (await aPublishedSet(world.herald, department)).setId;
  });
  afterAll(() => world.stop());

  const send = async (routing: object, recipient: object = { email_address: EMAIL, phone_number: PHONE, address: ADDRESS }) =>
    created(await postMessage(world.herald, department.key, { template_set_id: setId, recipient, personalisation: { name: 'Jo', ref: 'A-1' }, routing }));
  const attemptOn = (id: string, channel: string) =>
    eventually(async () => {
      const attempt = (await getMessage(world.herald, department.key, id)).attempts.find((a) => a.channel === channel);
      if (!attempt) throw new Error(`no ${channel} attempt yet`);
      return attempt;
    });
  const statusBecomes = (id: string, status: string) =>
    eventually(async () => {
      const message = await getMessage(world.herald, department.key, id);
      expect(message.status).toBe(status);
      return message;
    });

  it('R-RT-1: a permanent email bounce brings an SMS attempt, and a delivered SMS means no letter', async () => {
    const { id } = await send({ method: 'first_success', channels: ['email', 'sms', 'letter'] });
    const email = await attemptOn(id, 'email');
    await world.smtp.waitFor(1);
    await world.emailReceipt(email.id, 'permanent-bounce');

    const sms = await attemptOn(id, 'sms');
    await world.smsReceipt(department.serviceId, sms.id, 'delivered');
    const message = await statusBecomes(id, 'delivered');
    await world.tick();

    const settled = await getMessage(world.herald, department.key, id);
    expect(settled.delivered_via).toBe('sms');
    expect(settled.attempts.map((a) => [a.channel, a.status])).toEqual([
      ['email', 'permanent-failure'],
      ['sms', 'delivered'],
    ]);
    expect(message.route_plan.find((s) => s.channel === 'letter')).toMatchObject({ decision: 'skipped', reason: 'not_needed' });
  });

  it('R-API-6: after a forced email permanent failure and a delivered letter, the message shows delivered_via letter', async () => {
    const { id } = await send({ method: 'first_success', channels: ['email', 'letter'] });
    const email = await attemptOn(id, 'email');
    await world.emailReceipt(email.id, 'permanent-bounce');
    const letter = await attemptOn(id, 'letter');
    await world.letterPosted(letter.id);

    const message = await statusBecomes(id, 'delivered');
    expect(message).toMatchObject({ id, status: 'delivered', delivered_via: 'letter' });
    expect(message.attempts).toEqual([
      expect.objectContaining({ id: email.id, channel: 'email', status: 'permanent-failure' }),
      expect.objectContaining({ id: letter.id, channel: 'letter', status: 'delivered' }),
    ]);
    expect(message.route_plan).toEqual([
      expect.objectContaining({ channel: 'email', decision: 'attempted', attempt_id: email.id }),
      expect.objectContaining({ channel: 'letter', decision: 'attempted', attempt_id: letter.id }),
    ]);
  });

  it('R-RT-2: `all` makes one attempt per channel at once; one failure and two deliveries give delivered with 3 attempts', async () => {
    const { id } = await send({ method: 'all', channels: ['email', 'sms', 'letter'] });
    const [email, sms, letter] = await Promise.all(['email', 'sms', 'letter'].map((c) => attemptOn(id, c)));
    await world.emailReceipt(email.id, 'permanent-bounce');
    await world.smsReceipt(department.serviceId, sms.id, 'delivered');
    await world.letterPosted(letter.id);

    await eventually(async () => {
      const message = await getMessage(world.herald, department.key, id);
      expect(message.status).toBe('delivered');
      expect(message.attempts.map((a) => a.status).sort()).toEqual(['delivered', 'delivered', 'permanent-failure']);
    });
  });

  it('R-RT-2: `all` is failed when every attempt fails', async () => {
    const { id } = await send({ method: 'all', channels: ['email', 'sms'] });
    const [email, sms] = await Promise.all(['email', 'sms'].map((c) => attemptOn(id, c)));
    await world.emailReceipt(email.id, 'permanent-bounce');
    await world.smsReceipt(department.serviceId, sms.id, 'undelivered');
    const message = await statusBecomes(id, 'failed');
    expect(message.delivered_via).toBeNull();
  });

  it('R-RT-4: routing a message again and replaying its attempt’s delivery job makes no second attempt nor a second provider call', async () => {
    const recipient = { phone_number: '07700 900457' };
    const { id } = await send({ method: 'first_success', channels: ['sms'] }, recipient);
    const sms = await attemptOn(id, 'sms');
    await world.twilio.waitForMessageTo('+447700900457');

    await world.tick();
    await world.tick();
    await world.replaySms(department.serviceId, sms.id);
    await world.tick();

    expect(world.twilio.attempts.filter((a) => a.to === '+447700900457')).toHaveLength(1);
    expect((await getMessage(world.herald, department.key, id)).attempts).toHaveLength(1);
  });

  // Each callback carries the message as it stands when it is sent (like delivery-status callbacks, it is reloaded then).
  it('tells the department each step on its message-status callback', async () => {
    const { id } = await send({ method: 'first_success', channels: ['email', 'sms'] }, { email_address: 'steps@example.com', phone_number: '07700 900458' });
    const email = await attemptOn(id, 'email');
    await world.emailReceipt(email.id, 'permanent-bounce');
    const sms = await attemptOn(id, 'sms');
    await world.smsReceipt(department.serviceId, sms.id, 'delivered');

    await eventually(async () => {
      const bodies = world.endpoints.to(department.callbackPath).map((c) => c.body as { id: string; status: string; attempts: unknown[] });
      const mine = bodies.filter((b) => b.id === id);
      // One callback per step: the email attempt, the SMS attempt after the bounce, the delivery.
      expect(mine).toHaveLength(3);
      expect(mine.at(-1)).toMatchObject({ status: 'delivered', delivered_via: 'sms' });
      expect(mine.at(-1)!.attempts).toEqual([expect.objectContaining({ id: email.id }), expect.objectContaining({ id: sms.id })]);
    });
  });
});
