import request from 'supertest';
import {
  aChoice,
  ADDRESS,
  anOmnichannelDepartment,
  aPublishedSet,
  bearerFor,
  created,
  eventually,
  getMessage,
  OmnichannelDepartment,
  postMessage,
} from '@herald/testing';
import { OmnichannelHerald } from './support/omnichannel-herald';

const MINUTE = 60_000;

/**
 * Fallback windows and cancelling (R-RT-1's timer, R-API-5, R-PR-5) on a clock the test moves: the
 * worker's routing tick is run on demand after each move, so nothing waits on real time.
 */
describe('omnichannel fallback windows and cancelling', () => {
  const world = new OmnichannelHerald();
  let department: OmnichannelDepartment;
  let setId: string;
  let counter = 0;

  beforeAll(async () => {
    await world.start();
    department = await anOmnichannelDepartment(world.herald, world.endpoints);
    setId = (await aPublishedSet(world.herald, department)).setId;
  });
  afterAll(() => world.stop());

  const anEmail = () => `timing${++counter}-${Date.now()}@example.com`;
  const send = async (recipient: object, routing: object) =>
    created(await postMessage(world.herald, department.key, { template_set_id: setId, recipient, personalisation: { name: 'Jo', ref: 'A-1' }, routing }));
  const message = (id: string) => getMessage(world.herald, department.key, id);
  const emailAttemptSent = (id: string) =>
    eventually(async () => {
      const attempt = (await message(id)).attempts.find((a) => a.channel === 'email');
      expect(attempt?.status).toBe('sending');
      return attempt!;
    });
  const cancel = (id: string) =>
    request(world.herald.baseUrl).delete(`/herald/v1/messages/${id}/pending`).set('Authorization', bearerFor(department.key.serviceId, department.key.secret));

  it('R-RT-1: without `delivered` when its fallback_after window ends, the next channel is attempted within one tick, not before', async () => {
    const { id } = await send(
      { email_address: anEmail(), address: ADDRESS },
      { method: 'first_success', channels: ['email', 'letter'], fallback_after: { email: 'PT1H' } },
    );
    await emailAttemptSent(id);

    world.clock.advance(59 * MINUTE);
    await world.tick();
    expect((await message(id)).attempts.map((a) => a.channel)).toEqual(['email']);

    world.clock.advance(2 * MINUTE);
    await world.tick();
    const after = await message(id);
    expect(after.attempts.map((a) => a.channel)).toEqual(['email', 'letter']);
    expect(after.attempts[0].status).toBe('sending');
  });

  it('R-API-5: cancelled after the email is delivered, a message with a PT1H letter fallback never makes a letter attempt, even 2 h later', async () => {
    const { id } = await send(
      { email_address: anEmail(), address: ADDRESS },
      { method: 'first_success', channels: ['email', 'letter'], fallback_after: { email: 'PT1H' } },
    );
    const email = await emailAttemptSent(id);
    await world.emailReceipt(email.id, 'delivered');
    await eventually(async () => expect((await message(id)).status).toBe('delivered'));
    expect((await cancel(id).expect(200)).body).toEqual({ cancelled_attempt_ids: [] });

    world.clock.advance(120 * MINUTE);
    await world.tick();
    expect((await message(id)).attempts.map((a) => a.channel)).toEqual(['email']);
  });

  it('R-API-5: cancelled while the email awaits its receipt, the letter fallback is never made and the email goes on', async () => {
    const { id } = await send(
      { email_address: anEmail(), address: ADDRESS },
      { method: 'first_success', channels: ['email', 'letter'], fallback_after: { email: 'PT1H' } },
    );
    await emailAttemptSent(id);
    expect((await cancel(id).expect(200)).body).toEqual({ cancelled_attempt_ids: [] });

    world.clock.advance(120 * MINUTE);
    await world.tick();
    const after = await message(id);
    expect(after.attempts.map((a) => [a.channel, a.status])).toEqual([['email', 'sending']]);
    expect(after.route_plan.find((s) => s.channel === 'letter')).toMatchObject({ decision: 'skipped', reason: 'cancelled' });
  });

  it('R-API-5: a letter not yet handed to the printer is cancelled and its id returned', async () => {
    const { id } = await send({ address: ADDRESS }, { method: 'first_success', channels: ['letter'] });
    const letter = await eventually(async () => {
      const attempt = (await message(id)).attempts[0];
      expect(attempt).toBeDefined();
      return attempt;
    });
    expect((await cancel(id).expect(200)).body).toEqual({ cancelled_attempt_ids: [letter.id] });
    const after = await message(id);
    expect(after.status).toBe('cancelled');
    expect(after.attempts).toEqual([expect.objectContaining({ id: letter.id, status: 'cancelled' })]);
  });

  it('R-PR-5: a choice changed after the email attempt leaves that attempt alone, and its fallback follows the new choice', async () => {
    const person = { email: anEmail(), phone: '07700 900461' };
    const { id } = await send(
      { email_address: person.email, phone_number: person.phone },
      { method: 'first_success', channels: ['email', 'sms'], fallback_after: { email: 'PT1H' } },
    );
    await emailAttemptSent(id);
    await aChoice(world.herald, { emailAddress: person.email }, { channels: { email: false, sms: false } });

    world.clock.advance(61 * MINUTE);
    await world.tick();
    const after = await message(id);
    expect(after.attempts.map((a) => [a.channel, a.status])).toEqual([['email', 'sending']]);
    expect(after.route_plan.find((s) => s.channel === 'sms')).toMatchObject({
      decision: 'skipped',
      reason: 'recipient_channel_off',
      decided_by: 'citizen_global',
    });
  });
});
