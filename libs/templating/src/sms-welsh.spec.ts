import { renderSms } from './sms-renderer';
import { sanitiseForSms } from './sms-encoding';

const sms = (content: string, language: 'en' | 'cy' | 'bilingual' | null = 'cy') => renderSms(content, {}, { prefix: null, language });

describe('Welsh text messages (R-LF-6)', () => {
  it('R-LF-6: "ŵ" in a body survives sanitising and makes the message unicode', () => {
    expect(sanitiseForSms('Dŵr')).toBe('Dŵr');
    const rendered = sms('Mae eich apwyntiad yn y Tŵr.');
    expect(rendered.body).toBe('Mae eich apwyntiad yn y Tŵr.');
    expect(rendered.isUnicode).toBe(true);
  });

  it('R-LF-6: every Welsh diacritic outside GSM is kept (â ê î ô û ŵ ŷ and capitals)', () => {
    const welsh = 'â ê î ô û ŵ ŷ Â Ê Î Ô Û Ŵ Ŷ';
    expect(sms(welsh).body).toBe(welsh);
  });

  it('R-LF-6: the fragment count of a Welsh text is counted in unicode (70, then 67 a fragment)', () => {
    expect(sms(`ŵ${'a'.repeat(69)}`).fragmentCount).toBe(1);
    expect(sms(`ŵ${'a'.repeat(70)}`).fragmentCount).toBe(2);
    expect(sms(`ŵ${'a'.repeat(133)}`).fragmentCount).toBe(2);
    expect(sms(`ŵ${'a'.repeat(134)}`).fragmentCount).toBe(3);
    // The same 71 characters without the ŵ fit one GSM fragment.
    expect(sms(`w${'a'.repeat(70)}`)).toMatchObject({ isUnicode: false, fragmentCount: 1 });
  });

  it('R-LF-6: a bilingual text loses its markers and keeps both texts, a blank line between them', () => {
    const rendered = renderSms(
      '[[cy]]Helo ((name)), mae eich pasbort yn barod.[[/cy]]\n[[en]]Hello ((name)), your passport is ready.[[/en]]',
      { name: 'Rhys' },
      {
        prefix: 'Swyddfa',
        language: 'bilingual',
      },
    );
    expect(rendered.body).toBe('Helo Rhys, mae eich pasbort yn barod.\n\nHello Rhys, your passport is ready.');
    expect(rendered.fullText).toBe('Swyddfa: Helo Rhys, mae eich pasbort yn barod.\n\nHello Rhys, your passport is ready.');
    expect(rendered.characterCount).toBe(rendered.body.length);
  });

  it('R-LF-6: outside a bilingual variant the markers are sent as written', () => {
    expect(sms('[[cy]]Helo[[/cy]]', null).body).toBe('[[cy]]Helo[[/cy]]');
  });
});
