import request from 'supertest';
import { SKIP_REASONS } from '@herald/domain';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import {
  aChoice,
  ADDRESS,
  anOmnichannelDepartment,
  aPublishedSet,
  bearerFor,
  created,
  ENGLISH_SET,
  eventually,
  getMessage,
  OmnichannelDepartment,
  postMessage,
} from '@herald/testing';
import { OmnichannelHerald } from './support/omnichannel-herald';

/** Recipient preferences and the paper choice (omnichannel.md §9.3) as routing applies them, end to end. */
describe('omnichannel messages and recipient preferences', () => {
  const world = new OmnichannelHerald();
  let department: OmnichannelDepartment;
  let serviceSet: string;
  let statutorySet: string;
  let counter = 0;

  beforeAll(async () => {
    await world.start();
    department = await anOmnichannelDepartment(world.herald, world.endpoints);
    serviceSet = (await aPublishedSet(world.herald, department)).setId;
    statutorySet = (await aPublishedSet(world.herald, department, { ...ENGLISH_SET, name: 'Tax demand', kind: 'statutory' })).setId;
  });
  afterAll(() => world.stop());

  /** A person of their own for each test: their choices are theirs alone. */
  const aPerson = () => {
    counter += 1;
    return { email: `person${counter}-${Date.now()}@example.com`, phone: `07700 9${String(100000 + counter).slice(1)}` };
  };
  const send = async (setId: string, recipient: object, channels: string[], method = 'first_success') =>
    created(
      await postMessage(world.herald, department.key, {
        template_set_id: setId,
        recipient,
        personalisation: { name: 'Jo', ref: 'A-1' },
        routing: { method, channels },
      }),
    );
  const settles = (id: string, check: (m: Awaited<ReturnType<typeof getMessage>>) => void) =>
    eventually(async () => {
      const message = await getMessage(world.herald, department.key, id);
      check(message);
      return message;
    });

  it('R-PR-2: a paper-only person with email and address sent email then letter gets exactly one attempt, a letter', async () => {
    const person = aPerson();
    await aChoice(world.herald, { emailAddress: person.email }, { paperOnly: true });
    const sent = await send(serviceSet, { email_address: person.email, address: ADDRESS }, ['email', 'letter']);
    expect(sent.route_plan.map((s) => [s.channel, s.decision, s.reason])).toEqual([
      ['letter', 'pending', 'paper_only_first'],
      ['email', 'skipped', 'recipient_paper_only'],
    ]);
    const message = await settles(sent.id, (m) => expect(m.attempts).toHaveLength(1));
    expect(message.attempts[0].channel).toBe('letter');
    await world.tick();
    expect((await getMessage(world.herald, department.key, sent.id)).attempts.map((a) => a.channel)).toEqual(['letter']);
  });

  it('R-PR-2: a paper-only person with no postal address: the message fails with recipient_paper_only and no digital attempt, even when statutory', async () => {
    const person = aPerson();
    await aChoice(world.herald, { emailAddress: person.email }, { paperOnly: true });
    const sent = await send(statutorySet, { email_address: person.email }, ['email']);
    expect(sent.status).toBe('failed');
    expect(sent.route_plan).toEqual([expect.objectContaining({ channel: 'email', decision: 'skipped', reason: 'recipient_paper_only' })]);
    await world.tick();
    expect((await getMessage(world.herald, department.key, sent.id)).attempts).toEqual([]);
  });

  it('R-PR-3: a statutory message to a person who switched email off goes by letter, not email', async () => {
    const person = aPerson();
    await aChoice(world.herald, { emailAddress: person.email }, { channels: { email: false } });
    const sent = await send(statutorySet, { email_address: person.email, address: ADDRESS }, ['email', 'letter']);
    const message = await settles(sent.id, (m) => expect(m.attempts).toHaveLength(1));
    expect(message.attempts[0].channel).toBe('letter');
    expect(message.route_plan[0]).toMatchObject({ channel: 'email', decision: 'skipped', reason: 'recipient_channel_off', decided_by: 'citizen_global' });
  });

  it('R-PR-3: a person who muted the service still gets its statutory messages, and not its service messages', async () => {
    const person = aPerson();
    await aChoice(world.herald, { emailAddress: person.email }, { mutedKinds: ['service', 'optional'] }, department.serviceId);
    const statutory = await send(statutorySet, { email_address: person.email }, ['email']);
    await settles(statutory.id, (m) => expect(m.attempts.map((a) => a.channel)).toEqual(['email']));

    const muted = await send(serviceSet, { email_address: person.email }, ['email']);
    expect(muted).toMatchObject({ status: 'cancelled' });
    expect(muted.route_plan).toEqual([expect.objectContaining({ decision: 'skipped', reason: 'kind_muted' })]);
  });

  it('R-PR-4: global SMS off and per-service SMS on means SMS is permitted, decided by the citizen’s service choice', async () => {
    const person = aPerson();
    await aChoice(world.herald, { phoneNumber: person.phone }, { channels: { sms: false } });
    await aChoice(world.herald, { phoneNumber: person.phone }, { channels: { sms: true } }, department.serviceId);
    const sent = await send(serviceSet, { phone_number: person.phone }, ['sms']);
    expect(sent.route_plan).toEqual([expect.objectContaining({ channel: 'sms', decision: 'pending', decided_by: 'citizen_service' })]);
    await settles(sent.id, (m) => expect(m.route_plan[0]).toMatchObject({ decision: 'attempted', decided_by: 'citizen_service' }));
  });

  it('R-RT-6: every channel not attempted has a reason from the fixed enum', async () => {
    const noLetters = await world.herald.scenario.aService({ live: true, permissions: ['email', 'sms'] });
    const key = await world.herald.scenario.anApiKey(noLetters.id, 'normal');
    const actor = await world.herald.scenario.aUser({ serviceId: noLetters.id });
    const set = await aPublishedSet(world.herald, { serviceId: noLetters.id, key, callbackPath: '', actor: { id: actor.id, name: 'Test' } });
    const person = aPerson();
    await aChoice(world.herald, { emailAddress: person.email }, { channels: { email: false } });
    const response = await postMessage(world.herald, key, {
      template_set_id: set.setId,
      recipient: { email_address: person.email, phone_number: person.phone, address: ADDRESS },
      personalisation: { name: 'Jo', ref: 'A-1' },
      routing: { method: 'all', channels: ['email', 'sms', 'letter'] },
    });
    const sent = created(response);
    const notAttempted = sent.route_plan.filter((s) => s.decision === 'skipped');
    expect(notAttempted.map((s) => [s.channel, s.reason])).toEqual([
      ['email', 'recipient_channel_off'],
      ['letter', 'service_not_allowed_channel'],
    ]);
    for (const step of notAttempted) expect(SKIP_REASONS).toContain(step.reason);
  });

  it('R-PR-6: can-contact answers only the allowed channels and the language', async () => {
    const person = aPerson();
    await aChoice(world.herald, { emailAddress: person.email }, { channels: { sms: false }, language: 'cy' });
    const response = await request(world.herald.baseUrl)
      .get('/herald/v1/recipients/can-contact')
      .query({ email_address: person.email, template_set_id: serviceSet })
      .set('Authorization', bearerFor(department.key.serviceId, department.key.secret))
      .expect(200);
    expect(Object.keys(response.body).sort()).toEqual(['allowed_channels', 'language']);
    expect(response.body).toEqual({ allowed_channels: ['email', 'letter'], language: 'cy' });
  });

  it('R-LF-5: a braille reader’s letter waits on the alternative-format queue and never reaches the printer', async () => {
    const person = aPerson();
    await aChoice(world.herald, { emailAddress: person.email }, { formatNeeds: ['braille'], paperOnly: true });
    const sent = await send(serviceSet, { email_address: person.email, address: ADDRESS }, ['letter']);
    const message = await settles(sent.id, (m) => expect(m.attempts[0]?.status).toBe('pending-alternative-format'));
    const letterId = message.attempts[0].id;
    expect(message.route_plan[0]).toMatchObject({ channel: 'letter', reason: 'format_needs_alternative' });

    await world.herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.letterSweep);
    await world.herald.runWorkerJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.printBatch);
    const printed = world.sftp.list('/print').flatMap((batch) => (batch.startsWith('herald-') ? world.sftp.list(`/print/${batch}`) : []));
    expect(printed).not.toContain(`${letterId}.pdf`);

    const operator = await world.herald.scenario.aUser({ platformAdmin: true });
    const operators = world.herald.internalClient(await world.herald.scenario.aSession(operator.id));
    const queued = (await operators.alternativeFormats.open()).alternative_formats.filter((i) => i.notification_id === letterId);
    expect(queued).toEqual([
      expect.objectContaining({ format: 'braille', message_id: sent.id, rendered_text: expect.stringContaining('Hello Jo, your reference is A-1.') }),
    ]);

    // An operator produced it and marks it done: the attempt is delivered, and so is the message.
    await operators.alternativeFormats.markDone(letterId);
    await settles(sent.id, (m) => expect(m).toMatchObject({ status: 'delivered', delivered_via: 'letter' }));
  });
});
