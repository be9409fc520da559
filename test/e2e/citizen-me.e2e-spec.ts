import { parse } from 'csv-parse/sync';
import request from 'supertest';
import type { MeExport, MeMessage, MePreferencesChanged } from '@herald/contracts';
import {
  ADDRESS,
  aPublishedSet,
  aTestConfig,
  bearerFor,
  created,
  eventually,
  getMessage,
  HeraldUnderTest,
  LoopbackIdentityProvider,
  OmnichannelDepartment,
  pdfText,
  postMessage,
} from '@herald/testing';
import { aNamedDepartment, anEmailSet, CitizenView, exportSchemaValidator } from './support/citizen-view';
import { OmnichannelHerald } from './support/omnichannel-herald';

const PEOPLE = ['ann', 'ben', 'cara', 'dev'].map((id) => ({
  id,
  name: `${id} Example`,
  email: `${id}.example@example.com`,
  nationalId: `QQ0000${id.length}${id}`,
}));
const emailOf = (citizenId: string) => `${citizenId}.example@example.com`;

/**
 * A person's own view (omnichannel.md §9.7, R-TR-1..6) end to end: the person signs in at a
 * loopback OpenID Connect provider, services send to their verified email address through the
 * omnichannel API, and the person reads, downloads and changes what Herald holds about them.
 */
describe('a person’s own view (/herald/v1/me)', () => {
  const idp = new LoopbackIdentityProvider({ citizens: PEOPLE });
  const world = new OmnichannelHerald();
  let passports: OmnichannelDepartment;
  let council: OmnichannelDepartment;
  let passportSet: string;
  let councilSet: string;
  const as = (citizenId: string) => new CitizenView(world.herald, idp, citizenId);

  beforeAll(async () => {
    await idp.start();
    await world.start(idp.configFor());
    passports = await aNamedDepartment(world.herald, 'Passport Office');
    council = await aNamedDepartment(world.herald, 'Cardiff Council');
    passportSet = (await aPublishedSet(world.herald, passports, anEmailSet('Your passport renewal', 'Your passport'))).setId;
    councilSet = (await aPublishedSet(world.herald, council, anEmailSet('Your council tax bill', 'Your bill', 'statutory'))).setId;
  });
  afterAll(async () => {
    await world.stop();
    await idp.stop();
  });

  /** An email message to the person, and its email attempt once the router has made it. */
  async function sendTo(department: OmnichannelDepartment, setId: string, citizenId: string, ref: string) {
    const body = {
      template_set_id: setId,
      recipient: { email_address: emailOf(citizenId) },
      personalisation: { name: 'Jo', ref },
      routing: { method: 'first_success', channels: ['email'] },
    };
    const { id } = created(await postMessage(world.herald, department.key, body));
    const attempt = await eventually(async () => {
      const found = (await getMessage(world.herald, department.key, id)).attempts[0];
      if (!found) throw new Error(`message ${id} has no email attempt yet`);
      return found;
    });
    return { id, attemptId: attempt.id };
  }

  it('R-TR-1: two services send to one person; their list has both, newest first, with labels, services, channels and content', async () => {
    const older = await sendTo(passports, passportSet, 'ann', 'P-1');
    world.clock.advance(1_000);
    const newer = await sendTo(council, councilSet, 'ann', 'C-2');
    await world.emailReceipt(older.attemptId, 'delivered');

    const list = await eventually(async () => {
      const seen = await as('ann').messages();
      expect(seen.messages.find((m) => m.id === older.id)?.status).toBe('delivered');
      return seen;
    });
    expect(list.total).toBe(2);
    expect(list.messages.map((m) => [m.id, m.service, m.label, m.kind])).toEqual([
      [newer.id, 'Cardiff Council', 'Your council tax bill', 'statutory'],
      [older.id, 'Passport Office', 'Your passport renewal', 'service'],
    ]);
    const delivered = list.messages[1];
    expect(delivered).toMatchObject<Partial<MeMessage>>({
      delivered_via: 'email',
      channels: [{ channel: 'email', decision: 'attempted', reason: 'permitted', status: 'delivered', description: 'Delivered' }],
      content: { subject: 'Your passport', body: 'Hello Jo, your reference is P-1.' },
      content_note: null,
      sensitive: false,
    });
    expect(JSON.stringify(list)).not.toContain(emailOf('ann'));
    expect((await as('dev').messages()).messages).toEqual([]);
  });

  it('R-TR-4: the JSON export validates against the published schema; the CSV has one row per message', async () => {
    const first = await sendTo(passports, passportSet, 'ben', 'P-3');
    const second = await sendTo(council, councilSet, 'ben', 'C-4');
    await as('ben').put('/preferences', { language: 'cy' });

    const json = await as('ben').get('/export?format=json');
    expect(json.headers['content-disposition']).toBe('attachment; filename="herald-my-data.json"');
    const exported = JSON.parse(json.text) as MeExport;
    const validate = exportSchemaValidator();
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
    expect(exported.schema).toBe('https://herald.example/schemas/me-export-v1.json');
    expect(exported.messages.map((m) => m.id).sort()).toEqual([first.id, second.id].sort());
    expect(exported.preference_history).toEqual([
      expect.objectContaining({ field: 'language', old_value: null, new_value: 'cy', source: 'citizen', service: null }),
    ]);
    expect(exported.preferences).toMatchObject({ language: 'cy', paper_only: false });

    const csv = await as('ben').get('/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="herald-my-data.csv"');
    const rows = parse(csv.text) as string[][];
    expect(rows[0]).toEqual(['id', 'date', 'organisation', 'service', 'label', 'kind', 'status', 'status reason', 'delivered via', 'channels']);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([first.id, second.id].sort());
    expect(
      rows
        .slice(1)
        .find((r) => r[0] === second.id)
        ?.slice(3, 6),
    ).toEqual(['Cardiff Council', 'Your council tax bill', 'statutory']);

    const lookups = parse((await as('ben').get('/export?format=csv&part=lookups')).text) as string[][];
    expect(lookups).toEqual([['id', 'date', 'organisation', 'service', 'register', 'purpose', 'fields requested', 'outcome', 'message id']]);
  });

  it('R-TR-5: setting paper only needs an address to confirm by letter, and without one nothing changes', async () => {
    const refused = await as('cara').put('/preferences', { paper_only: true }, 400);
    expect(refused.body).toEqual({
      status_code: 400,
      errors: [{ error: 'BadRequestError', message: 'confirm_to.address is required to confirm paper only by letter' }],
    });
    expect((await as('cara').get('/preferences')).body).toMatchObject({ paper_only: false, updated_at: null });
    const exported = JSON.parse((await as('cara').get('/export')).text) as MeExport;
    expect(exported.preference_history).toEqual([]);
  });

  it('R-TR-5: setting paper only with an address is recorded as the person’s own change and confirmed by a printed letter', async () => {
    const response = await as('cara').put('/preferences', { paper_only: true, confirm_to: { address: ADDRESS } });
    const changed = response.body as MePreferencesChanged;
    expect(changed.preferences.paper_only).toBe(true);
    expect(changed.confirmation).toEqual({ channel: 'letter', notification_id: expect.any(String) });

    await world.letterPosted(changed.confirmation!.notification_id);
    const printed = pdfText(world.printedPdf(changed.confirmation!.notification_id), { plainHyphens: true });
    expect(printed).toContain('Paper only: yes, send me letters only');
    expect(printed).toContain('If this was not you');

    const exported = JSON.parse((await as('cara').get('/export')).text) as MeExport;
    expect(exported.preference_history).toEqual([expect.objectContaining({ field: 'paper_only', old_value: false, new_value: true, source: 'citizen' })]);
  });

  it('R-TR-5: a change with email on is confirmed by email to the signed-in person’s verified address', async () => {
    const response = await as('dev').put('/preferences', { channels: { sms: false }, format_needs: ['large_print'] });
    expect(response.body).toMatchObject({ preferences: { channels: { sms: false }, format_needs: ['large_print'] }, confirmation: { channel: 'email' } });
    const mail = await world.smtp.waitForMessageTo(emailOf('dev'));
    expect(mail.subject).toBe('You changed how government services contact you');
    expect(mail.text).toContain('Text messages: off');
    expect(mail.text).toContain('Formats you need: large print');
  });

  it('R-TR-5: a change that is not allowed is refused in Notify’s format and changes nothing', async () => {
    const refused = await as('dev').put('/preferences', { channels: { fax: true }, language: 'fr' }, 400);
    expect(refused.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'Unknown channel fax: use email, sms, letter',
      'language must be one of en, cy, or null for no preference',
    ]);
    expect((await as('dev').get('/preferences')).body.language).toBeNull();
  });

  it('R-TR-6: a service API key gets 403 on every /me path; so do an invalid token and no person', async () => {
    const serviceKey = bearerFor(passports.key.serviceId, passports.key.secret);
    for (const [method, path] of [
      ['get', ''],
      ['get', '/messages'],
      ['get', '/lookups'],
      ['get', '/export?format=json'],
      ['get', '/export?format=csv'],
      ['get', '/preferences'],
      ['put', '/preferences'],
    ] as const) {
      const call = request(world.herald.baseUrl)[method](`/herald/v1/me${path}`).set('Authorization', serviceKey);
      const response = method === 'put' ? await call.send({ language: 'cy' }) : await call;
      expect([path, response.status, response.body]).toEqual([
        path,
        403,
        { status_code: 403, errors: [{ error: 'AuthError', message: 'Service API keys cannot be used for /herald/v1/me: sign in as the person' }] },
      ]);
    }
    const invalid = await request(world.herald.baseUrl).get('/herald/v1/me/messages').set('Authorization', 'Bearer not-a-token-anyone-issued').expect(403);
    expect(invalid.body).toEqual({ status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: sign in again' }] });
    await request(world.herald.baseUrl).get('/herald/v1/me').expect(401);
    expect((await as('ann').get('')).body).toEqual({
      name: 'ann Example',
      email_address: emailOf('ann'),
      phone_number: null,
      identifier_scheme: 'national_id',
    });
  });

  it('R-TR-6: a service cannot read a message another service sent to the same person', async () => {
    const sent = await sendTo(council, councilSet, 'ann', 'C-9');
    await request(world.herald.baseUrl)
      .get(`/herald/v1/messages/${sent.id}`)
      .set('Authorization', bearerFor(passports.key.serviceId, passports.key.secret))
      .expect(404);
    await request(world.herald.baseUrl)
      .get(`/herald/v1/messages/${sent.id}`)
      .set('Authorization', bearerFor(council.key.serviceId, council.key.secret))
      .expect(200);
  });

  it('with the citizen view switched off (no identity service), /me answers 503 in Notify’s format', async () => {
    const config = await aTestConfig();
    const off = await HeraldUnderTest.start({ ...config, citizen: { ...config.citizen, oidc: { ...config.citizen.oidc, issuer: null } } });
    try {
      const response = await request(off.baseUrl)
        .get('/herald/v1/me')
        .set('Authorization', await idp.bearerFor('ann'))
        .expect(503);
      expect(response.body.status_code).toBe(503);
      expect(response.body.errors[0].message).toContain('CITIZEN_OIDC_ISSUER');
    } finally {
      await off.stop();
    }
  });
});
