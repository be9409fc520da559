import { renderSms, SMS_CHARACTER_LIMIT } from './sms-renderer';

const plain = (content: string, personalisation: Record<string, unknown> = {}) => renderSms(content, personalisation, { prefix: null });

describe('renderSms', () => {
  describe('filling and tidying (13.3 steps 1–6)', () => {
    it('fills placeholders as plain text, lists inline', () => {
      expect(plain('Hi ((name)), bring ((items)).', { NAME: 'Jo <b>', items: ['a', 'b', 'c'] }).body).toBe('Hi Jo <b>, bring a, b and c.');
    });

    it('shows conditional text only for a yes-like value', () => {
      expect(plain('Hi((late?? - you are late))', { late: 'yes' }).body).toBe('Hi - you are late');
      expect(plain('Hi((late?? - you are late))', { late: 'no' }).body).toBe('Hi');
    });

    it('removes spaces before commas and full stops', () => {
      expect(plain('Hello ,  world  .').body).toBe('Hello, world.');
    });

    it('collapses whitespace on each line, turns CRLF into LF and trims', () => {
      expect(plain('  one \t  two\u00a0\u00a0three\u200b \r\nfour  ').body).toBe('one two three\nfour');
    });

    it('keeps at most one blank line', () => {
      expect(plain('a\n\n\n\nb\r\n\r\n\r\nc\n\nd').body).toBe('a\n\nb\n\nc\n\nd');
    });

    it('is empty when only whitespace is left', () => {
      expect(plain('((x))', { x: ' \n\t ' }).body).toBe('');
    });
  });

  describe('GSM sanitising (13.3 step 7)', () => {
    it('keeps GSM characters, the extension set and Welsh accented vowels', () => {
      const text = '@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&\'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà ^{}\\[~]|€ âêîôûŵŷ ÂÊÎÔÛŴŶ ẁỳẃýÿẅ';
      expect(plain(text).body).toBe(text);
    });

    it('replaces dashes, ellipses and curly quotes', () => {
      expect(plain('a\u2011b\u2013c\u2014d\u2212e \u2026 \u2018x\u2019 \u201a \u201cy\u201d \u201e').body).toBe('a-b-c-d-e ... \'x\' \' "y" "');
    });

    it('downgrades other accented letters to their base letter, and Ł to L', () => {
      expect(plain('ç ñ ő Ł ł ā').body).toBe('c ñ o L l a');
    });

    it('writes everything else as a question mark', () => {
      expect(plain('Hi 😀 Привет 你好').body).toBe('Hi ? ?????? ??');
    });
  });

  describe('encoding and fragments', () => {
    it.each([
      [160, 1],
      [161, 2],
      [306, 2],
      [307, 3],
      [918, 6],
    ])('counts %i GSM characters as %i fragment(s)', (length, fragments) => {
      expect(plain('a'.repeat(length))).toMatchObject({ fragmentCount: fragments, isUnicode: false, characterCount: length });
    });

    it('counts each extension character twice', () => {
      expect(plain('€'.repeat(80)).fragmentCount).toBe(1);
      expect(plain(`${'€'.repeat(80)}a`).fragmentCount).toBe(2);
      expect(plain(`${'€'.repeat(80)}a`).characterCount).toBe(81);
    });

    it.each([
      [70, 1],
      [71, 2],
      [134, 2],
      [135, 3],
    ])('sends %i characters with Welsh ŵ as UCS-2 in %i fragment(s)', (length, fragments) => {
      expect(plain(`ŵ${'a'.repeat(length - 1)}`)).toMatchObject({ fragmentCount: fragments, isUnicode: true });
    });

    it('keeps to GSM when the accented letters are GSM ones', () => {
      expect(plain('é à ù').isUnicode).toBe(false);
    });

    it('does not switch to UCS-2 for characters it replaces', () => {
      expect(plain('Hi 😀').isUnicode).toBe(false);
    });
  });

  describe('the service-name prefix', () => {
    it('is sent but not part of the body', () => {
      const sms = renderSms('Your code is ((code))', { code: '1234' }, { prefix: 'Passport Office' });
      expect(sms.body).toBe('Your code is 1234');
      expect(sms.fullText).toBe('Passport Office: Your code is 1234');
    });

    it('counts towards fragments but not towards the character limit', () => {
      const sms = renderSms('a'.repeat(150), {}, { prefix: 'Passport Office' });
      expect(sms).toMatchObject({ fragmentCount: 2, characterCount: 150 });
    });

    it('is sanitised like the rest of the text', () => {
      expect(renderSms('Hi', {}, { prefix: 'Garçon “Ŵ”' }).fullText).toBe('Garcon "Ŵ": Hi');
    });

    it('leaves the text alone when there is none', () => {
      const sms = renderSms('Hi', {}, { prefix: null });
      expect(sms.fullText).toBe(sms.body);
    });
  });

  it('has Notify’s limit of six GSM fragments', () => {
    expect(SMS_CHARACTER_LIMIT).toBe(918);
  });
});
