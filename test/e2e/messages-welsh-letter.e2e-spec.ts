import {
  aChoice,
  ADDRESS,
  anOmnichannelDepartment,
  aPublishedSet,
  created,
  eventually,
  getMessage,
  OmnichannelDepartment,
  pdfText,
  postMessage,
} from '@herald/testing';
import { OmnichannelHerald } from './support/omnichannel-herald';

const WELSH_TAX_NOTICE = {
  name: 'Tax notice',
  kind: 'statutory',
  label: 'Your tax notice',
  variants: [
    { channel: 'email', language: 'en', subject: 'Your tax notice', content: 'Dear ((name)), your reference is ((ref)).' },
    { channel: 'email', language: 'cy', subject: 'Eich hysbysiad treth', content: 'Annwyl ((name)), eich cyfeirnod yw ((ref)).' },
    { channel: 'sms', language: 'cy', content: 'Annwyl ((name)), eich cyfeirnod yw ((ref)). Gŵyl hapus.' },
    {
      channel: 'letter',
      language: 'bilingual',
      subject: 'Your tax notice',
      content: 'Dear ((name)), your reference is ((ref)).',
      welshSubject: 'Eich hysbysiad treth',
      welshContent: 'Annwyl ((name)), eich cyfeirnod yw ((ref)).',
    },
  ],
};

/**
 * The end-to-end case: a statutory message to a person who switched email off and chose
 * Welsh, sent by email, SMS and letter, with an SMS provider that refuses the number, arrives as a
 * Welsh-then-English letter; the route plan gives a reason for every channel and the department
 * hears of every step.
 */
describe('a statutory message to a Welsh reader without email', () => {
  const world = new OmnichannelHerald();
  let department: OmnichannelDepartment;
  let setId: string;

  beforeAll(async () => {
    await world.start();
    department = await anOmnichannelDepartment(world.herald, world.endpoints);
    setId = (await aPublishedSet(world.herald, department, WELSH_TAX_NOTICE)).setId;
  });
  afterAll(() => world.stop());

  it('is delivered as a Welsh-then-English letter after the SMS fails permanently, with every step reported', async () => {
    const person = { email: 'cymraeg@example.com', phone: '07700 900470' };
    await aChoice(world.herald, { emailAddress: person.email }, { channels: { email: false }, language: 'cy' });
    world.twilio.failWith('invalid-number');

    const sent = created(
      await postMessage(world.herald, department.key, {
        template_set_id: setId,
        recipient: { email_address: person.email, phone_number: person.phone, address: ADDRESS },
        personalisation: { name: 'Siân', ref: 'TX-9' },
        routing: { method: 'first_success', channels: ['email', 'sms', 'letter'] },
      }),
    );
    expect(sent.route_plan.map((s) => [s.channel, s.decision, s.reason, s.language])).toEqual([
      ['email', 'skipped', 'recipient_channel_off', 'cy'],
      ['sms', 'pending', 'permitted', 'cy'],
      ['letter', 'pending', 'permitted', 'bilingual'],
    ]);

    const letter = await eventually(async () => {
      const attempt = (await getMessage(world.herald, department.key, sent.id)).attempts.find((a) => a.channel === 'letter');
      if (!attempt) throw new Error('no letter attempt yet');
      return attempt;
    });
    await world.letterPosted(letter.id);
    const message = await eventually(async () => {
      const current = await getMessage(world.herald, department.key, sent.id);
      expect(current.status).toBe('delivered');
      return current;
    });

    expect(message.delivered_via).toBe('letter');
    expect(message.attempts.map((a) => [a.channel, a.status])).toEqual([
      ['sms', 'permanent-failure'],
      ['letter', 'delivered'],
    ]);
    expect(message.route_plan.map((s) => [s.channel, s.decision, s.reason, s.decided_by])).toEqual([
      ['email', 'skipped', 'recipient_channel_off', 'citizen_global'],
      ['sms', 'attempted', 'permitted', 'service_default'],
      ['letter', 'attempted', 'permitted', 'service_default'],
    ]);
    expect(world.twilio.attempts.filter((a) => a.to === '+447700900470')).toEqual([{ to: '+447700900470', status: 400 }]);
    expect(world.smtp.messages.filter((m) => m.to && JSON.stringify(m.to).includes(person.email))).toEqual([]);

    const text = await pdfText(world.printedPdf(letter.id));
    expect(text.indexOf('Eich hysbysiad treth')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Eich hysbysiad treth')).toBeLessThan(text.indexOf('Your tax notice'));
    expect(text).toContain('Tudalen 1 o');
    expect(text).toMatch(/\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/);

    await eventually(async () => {
      const reports = world.endpoints.to(department.callbackPath).map((c) => c.body as { id: string; status: string });
      const steps = reports.filter((r) => r.id === sent.id).map((r) => r.status);
      // The SMS attempt, the letter attempt after the SMS failed, then the delivery.
      expect(steps).toEqual(['routing', 'routing', 'delivered']);
    });
  });
});
