import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { TemplateSetAdministration, type TemplateSetRequest } from '@herald/administration';
import {
  ADDRESS,
  anOmnichannelDepartment,
  aPublishedSet,
  bearerFor,
  created,
  ENGLISH_SET,
  eventually,
  getMessage,
  OmnichannelDepartment,
  pdfText,
  postMessage,
} from '@herald/testing';
import { OmnichannelHerald } from './support/omnichannel-herald';

/** A value only the personalisation holds: it must never reach a sensitive message's email or text. */
const REFERENCE = 'BENEFIT-REF-99417';
const NAME = 'Ffion Prydderch';

const content = 'Dear ((name)), your benefit claim ((ref)) has been decided.';
const SENSITIVE_SET: TemplateSetRequest = {
  name: 'Benefit decision',
  kind: 'statutory',
  label: 'Your benefit decision',
  sensitive: true,
  variants: [
    { channel: 'email', language: 'en', subject: 'Claim ((ref)) decided', content },
    { channel: 'email', language: 'cy', subject: 'Cais ((ref))', content: 'Annwyl ((name)), mae penderfyniad ar eich cais ((ref)).' },
    { channel: 'sms', language: 'en', content },
    { channel: 'letter', language: 'en', subject: 'Your benefit decision', content },
  ],
};

/** Everything a person could read of an email: subject, plain text and HTML. */
const readable = (mail: ParsedMail): string => [mail.subject ?? '', mail.text ?? '', typeof mail.html === 'string' ? mail.html : ''].join('\n');

/**
 * R-TR-7 (omnichannel.md §7.2, §7.4): a sensitive template set's email and text say only that a
 * message is waiting and where to sign in (Suomi.fi's email notice, App IO's ANONYMOUS), while the
 * letter, which reaches the person only, carries the whole message.
 */
describe('sensitive messages', () => {
  const world = new OmnichannelHerald();
  let department: OmnichannelDepartment;
  let sensitiveSetId: string;
  let signIn: string;

  beforeAll(async () => {
    await world.start();
    department = await anOmnichannelDepartment(world.herald, world.endpoints);
    sensitiveSetId = (await aPublishedSet(world.herald, department, SENSITIVE_SET)).setId;
    signIn = `${world.herald.config.citizen.baseUrl}/messages`;
  });
  afterAll(() => world.stop());

  const send = async (setId: string, email: string, phone: string, extra: object = {}) =>
    created(
      await postMessage(world.herald, department.key, {
        template_set_id: setId,
        recipient: { email_address: email, phone_number: phone, address: ADDRESS },
        personalisation: { name: NAME, ref: REFERENCE },
        routing: { method: 'all', channels: ['email', 'sms', 'letter'] },
        ...extra,
      }),
    );

  it('R-TR-7: the email and text of a sensitive message carry no personalisation value and do carry the sign-in link; the letter carries the content', async () => {
    const sent = await send(sensitiveSetId, 'sensitive@example.com', '07700 900481');

    const mail = await world.smtp.waitForMessageTo('sensitive@example.com');
    expect(mail.subject).toMatch(/^You have a new message from /);
    expect(readable(mail)).toContain(signIn);
    expect(readable(mail)).not.toContain(REFERENCE);
    expect(readable(mail)).not.toContain(NAME);

    const text = await world.twilio.waitForMessageTo('+447700900481');
    expect(text.body).toContain(signIn);
    expect(text.body).not.toContain(REFERENCE);
    expect(text.body).not.toContain(NAME);

    const letter = await eventually(async () => {
      const attempt = (await getMessage(world.herald, department.key, sent.id)).attempts.find((a) => a.channel === 'letter');
      if (!attempt) throw new Error('no letter attempt yet');
      return attempt;
    });
    await world.letterPosted(letter.id);
    const printed = pdfText(world.printedPdf(letter.id), { plainHyphens: true });
    expect(printed).toContain(REFERENCE);
    expect(printed).toContain(NAME);
  });

  it('R-TR-7: what the service sees of a sensitive message’s email, in the admin and through /v2, is the alert, with no personalisation value', async () => {
    const sent = await send(sensitiveSetId, 'sensitive-team@example.com', '07700 900482');
    await world.smtp.waitForMessageTo('sensitive-team@example.com');
    const email = (await getMessage(world.herald, department.key, sent.id)).attempts.find((a) => a.channel === 'email')!;
    const seen = JSON.stringify(await world.herald.notificationSeenByTeam(department.serviceId, email.id));
    expect(seen).toContain(signIn);
    expect(seen).not.toContain(REFERENCE);
    const v2 = await request(world.herald.baseUrl)
      .get(`/v2/notifications/${email.id}`)
      .set('Authorization', bearerFor(department.key.serviceId, department.key.secret))
      .expect(200);
    expect(v2.body.body).toContain(signIn);
    expect(JSON.stringify(v2.body)).not.toContain(REFERENCE);
  });

  it('R-TR-7: a Welsh reader’s alert is in Welsh', async () => {
    await send(sensitiveSetId, 'cymraeg-sensitive@example.com', '07700 900483', { language: 'cy', routing: { method: 'all', channels: ['email'] } });
    const mail = await world.smtp.waitForMessageTo('cymraeg-sensitive@example.com');
    expect(mail.subject).toMatch(/^Mae gennych neges newydd gan /);
    // The email's formatting turns the apostrophe into a typographic one.
    expect(readable(mail)).toContain(`Mewngofnodwch i’w darllen: ${signIn}`);
    expect(readable(mail)).not.toContain(REFERENCE);
  });

  it('R-TR-7: the email of a set that is not sensitive carries the content', async () => {
    const plainSetId = (await aPublishedSet(world.herald, department, { ...ENGLISH_SET, name: 'Not sensitive' })).setId;
    await send(plainSetId, 'not-sensitive@example.com', '07700 900484', { routing: { method: 'all', channels: ['email'] } });
    const mail = await world.smtp.waitForMessageTo('not-sensitive@example.com');
    expect(readable(mail)).toContain(REFERENCE);
    expect(readable(mail)).not.toContain(signIn);
  });

  it('R-TR-7: publishing pins an alert template on each email and text variant, never on a letter, and keeps it while its wording is unchanged', async () => {
    const sets = world.herald.api.get(TemplateSetAdministration);
    const first = await aPublishedSet(world.herald, department, { ...SENSITIVE_SET, name: 'Republished' });
    const alerts = (version: typeof first) => version.variants.map((v) => [v.channel, v.language, v.alertTemplateId ?? null, v.alertTemplateVersion ?? null]);
    expect(alerts(first)).toEqual([
      ['email', 'en', expect.any(String), 1],
      ['email', 'cy', expect.any(String), 1],
      ['sms', 'en', expect.any(String), 1],
      ['letter', 'en', null, null],
    ]);
    await sets.update(department.actor, department.serviceId, first.setId, { ...SENSITIVE_SET, name: 'Republished', label: 'A new label' });
    const second = await sets.publish(department.actor, department.serviceId, first.setId);
    expect(alerts(second)).toEqual(alerts(first));
  });

  it('R-TR-7: delegate_may_read is kept and returned, for a delegate inbox to honour', async () => {
    const sent = await send(sensitiveSetId, 'no-delegate@example.com', '07700 900485', {
      delegate_may_read: false,
      routing: { method: 'all', channels: ['letter'] },
    });
    expect(sent).toMatchObject({ delegate_may_read: false });
    expect(await getMessage(world.herald, department.key, sent.id)).toMatchObject({ delegate_may_read: false });
  });
});
