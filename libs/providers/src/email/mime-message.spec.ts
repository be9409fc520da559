import fc from 'fast-check';
import type { SendMailOptions } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutboundEmail } from '@herald/domain';
import { anOutboundEmail } from '@herald/testing';
import { mailOptions } from './mail-options';
import { mimeMessage } from './mime-message';

// A fixed boundary and date, so that two compositions of one email can be compared byte for byte.
const FIXED = { baseBoundary: 'herald-test', date: new Date('2026-03-02T09:30:00Z') };

const anEmail = (overrides: Partial<OutboundEmail> = {}): OutboundEmail =>
  anOutboundEmail({
    notificationId: '7d5c6a8e-1f4b-4c3a-9a2e-0b1c2d3e4f50',
    subject: 'Your appointment',
    html: '<p>Dear Jo</p>',
    text: 'Dear Jo',
    ...overrides,
  });

/** What nodemailer's own composer streams for the same options. */
async function composedByNodemailer(options: SendMailOptions): Promise<{ raw: string; envelope: unknown }> {
  const root = new MailComposer(options as ConstructorParameters<typeof MailComposer>[0]).compile();
  return { raw: (await root.build()).toString(), envelope: root.getEnvelope() };
}

const optionsFor = (email: OutboundEmail, bounceDomain: string | null = null): SendMailOptions =>
  ({ ...mailOptions(email, 'notify.example.gov', bounceDomain), ...FIXED }) as SendMailOptions;

// Texts with what makes MIME hard: Welsh and other non-ASCII letters, long lines, spaces before line
// breaks, bare CR and LF, dots starting lines, quotes and commas.
const awkwardText = fc
  .array(fc.constantFrom('Helo ŵ ŷ', 'word', ' ', '  \n', '\n', '\r\n', '\r', '.', '\n.', '"', ',', '=', 'é', '😀', 'x'.repeat(90), '<p>', '\t'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('mimeMessage', () => {
  it('writes the message nodemailer composes, byte for byte, with its envelope', async () => {
    const options = optionsFor(
      anEmail({ replyTo: 'help@example.gov.uk', unsubscribeUrl: 'https://example.gov.uk/unsubscribe?u=1', subject: 'Eich apwyntiad — ŵ' }),
      'bounces.notify.example.gov',
    );
    const message = mimeMessage(options);
    const expected = await composedByNodemailer(options);
    expect(message.raw).toBe(expected.raw);
    expect(message.envelope).toEqual(expected.envelope);
    expect(message.envelope).toEqual({ from: 'bounces+7d5c6a8e-1f4b-4c3a-9a2e-0b1c2d3e4f50@bounces.notify.example.gov', to: ['jo@example.gov.uk'] });
  });

  it('encodes an international domain as nodemailer does, in the header and the envelope', async () => {
    const options = optionsFor(anEmail({ to: 'jo@exämple.gov.uk', from: { name: 'Swyddfa "Cymru", ŵ', address: 'swyddfa@notify.example.gov' } }));
    const message = mimeMessage(options);
    expect(message.raw).toBe((await composedByNodemailer(options)).raw);
    expect(message.envelope.to).toEqual(['jo@xn--exmple-cua.gov.uk']);
  });

  it('encodes a body of mostly non-ASCII letters in base64, as nodemailer chooses to', async () => {
    const options = optionsFor(anEmail({ text: 'ŵŷ'.repeat(60), html: `<p>${'ŵŷ'.repeat(60)}</p>` }));
    const message = mimeMessage(options);
    expect(message.raw).toContain('Content-Transfer-Encoding: base64');
    expect(message.raw).toBe((await composedByNodemailer(options)).raw);
  });

  it('writes any subject, name and body as nodemailer does, but for where a quoted-printable line is softly broken', async () => {
    // nodemailer's streaming encoder may break a long quoted-printable line a few characters apart
    // from where encoding the whole body at once breaks it; both decode to the same text.
    const withoutSoftBreaks = (raw: string) => raw.replace(/=\r\n/g, '');
    await fc.assert(
      fc.asyncProperty(awkwardText, awkwardText, awkwardText, fc.string({ maxLength: 40 }), async (subject, text, html, name) => {
        const options = optionsFor(anEmail({ subject, text, html, from: { name, address: 'office@notify.example.gov' } }));
        const { raw } = mimeMessage(options);
        expect(withoutSoftBreaks(raw)).toBe(withoutSoftBreaks((await composedByNodemailer(options)).raw));
        expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what it cannot write rather than sending it wrong', () => {
    const withAttachment = { ...optionsFor(anEmail()), attachments: [{ filename: 'a.txt', content: Buffer.from('a') }] } as SendMailOptions;
    expect(() => mimeMessage(withAttachment)).toThrow(/text content only/);
  });
});
