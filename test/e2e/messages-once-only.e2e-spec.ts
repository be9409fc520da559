import {
  ADDRESS,
  anOmnichannelDepartment,
  aPublishedSet,
  aRegisterGrant,
  created,
  eventually,
  FakeRegisterServer,
  getMessage,
  OmnichannelDepartment,
  postMessage,
  RegisterGrant,
} from '@herald/testing';
import { OmnichannelHerald } from './support/omnichannel-herald';

const PERSON = { scheme: 'nino', value: 'QQ123456C' };
const EMAIL = 'pat.register@example.org';

/**
 * Once-only (omnichannel.md §9.6) end to end: a department names a person by identifier; Herald's
 * worker looks the contact details up in a register on loopback (the HTTPS JSON and X-Road
 * shapes), every provider on loopback, receipts played as the providers send them.
 */
describe('messages to a person named by identifier', () => {
  const world = new OmnichannelHerald();
  let register: FakeRegisterServer;
  let department: OmnichannelDepartment;
  let setId: string;
  let json: RegisterGrant;
  let xRoad: RegisterGrant;

  beforeAll(async () => {
    await world.start();
    register = await FakeRegisterServer.start({ people: [{ ...PERSON, contact: { email_address: EMAIL, address: ADDRESS } }] });
    department = await anOmnichannelDepartment(world.herald, world.endpoints);
    setId = (await aPublishedSet(world.herald, department)).setId;
    json = await aRegisterGrant(
      world.herald,
      department.serviceId,
      { adapter: 'https-json', settings: register.httpsJsonSettings() },
      { reportUndeliverable: true },
    );
    xRoad = await aRegisterGrant(world.herald, department.serviceId, { adapter: 'x-road', settings: register.xRoadSettings({ user_id: 'EE30101010007' }) });
  });
  afterAll(async () => {
    await world.stop();
    await register?.close();
  });

  const send = (extra: object) =>
    postMessage(world.herald, department.key, {
      template_set_id: setId,
      recipient: { identifier: PERSON },
      personalisation: { name: 'Pat', ref: 'B-12' },
      routing: { method: 'first_success', channels: ['email', 'letter'] },
      ...extra,
    });
  const attemptOn = (id: string, channel: string) =>
    eventually(async () => {
      const attempt = (await getMessage(world.herald, department.key, id)).attempts.find((a) => a.channel === channel);
      if (!attempt) throw new Error(`no ${channel} attempt yet`);
      return attempt;
    });

  it('R-API-4: an identifier without a purpose, or with a purpose not allowed for this service and register, gets 403 and the register is never asked', async () => {
    const before = register.requests.length;
    const noPurpose = await send({}).expect(403);
    expect(noPurpose.body.errors).toEqual([{ error: 'AuthError', message: 'purpose is required when a recipient is given by identifier' }]);
    const otherPurpose = await send({ purpose: 'marketing' }).expect(403);
    expect(otherPurpose.body.errors).toEqual([{ error: 'AuthError', message: 'purpose marketing is not allowed for this service' }]);
    const otherRegister = await send({ purpose: json.purpose, register: xRoad.register }).expect(403);
    expect(otherRegister.body.errors[0].message).toBe(`purpose ${json.purpose} is not allowed for this service with register ${xRoad.register}`);
    // Give the worker every chance to (wrongly) ask: a message it could route would be asked by now.
    await world.tick();
    expect(register.requests.length).toBe(before);
  });

  it('R-OO-5: after the register-given email bounces, the register is told once, and the message falls back to the letter', async () => {
    const reportsBefore = register.reports.length;
    const { id } = created(await send({ purpose: json.purpose }));
    const email = await attemptOn(id, 'email');
    await world.smtp.waitFor(1);
    await world.emailReceipt(email.id, 'permanent-bounce');
    await attemptOn(id, 'letter');
    const reports = await register.waitForReports(reportsBefore + 1);
    await world.tick();
    expect(register.reports.slice(reportsBefore)).toEqual([
      expect.objectContaining({
        shape: 'https-json',
        identifier: PERSON,
        field: 'email_address',
        message_id: id,
        purpose: json.purpose,
        status: 'permanent-failure',
      }),
    ]);
    expect(JSON.stringify(reports)).not.toContain(EMAIL);
  });

  it('R-OO-1: through X-Road the request names the client, the user and the issue (purpose and message id)', async () => {
    const lookupsBefore = register.lookups.length;
    const { id } = created(await send({ purpose: xRoad.purpose, routing: { method: 'first_success', channels: ['letter'] } }));
    const [lookup] = (await register.waitForLookups(lookupsBefore + 1)).slice(lookupsBefore);
    expect(lookup).toMatchObject({ shape: 'x-road', identifier: PERSON, purpose: xRoad.purpose, messageId: id });
    expect(lookup.headers).toMatchObject({
      'x-road-client': 'EE/GOV/70000001/herald',
      'x-road-userid': 'EE30101010007',
      'x-road-issue': `${xRoad.purpose}:${id}`,
    });
    await attemptOn(id, 'letter');
    const message = await getMessage(world.herald, department.key, id);
    expect(message.lookup).toEqual({ purpose: xRoad.purpose, register: xRoad.register, tries: 1, fields_returned: ['address'] });
  });
});
