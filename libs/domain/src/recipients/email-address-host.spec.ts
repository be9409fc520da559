import { validateEmailAddress } from './email-address';

const INVALID = { ok: false, message: 'Not a valid email address' };

function expectValid(raw: string): void {
  expect(validateEmailAddress(raw)).toMatchObject({ ok: true });
}

function expectInvalid(raw: string): void {
  expect(validateEmailAddress(raw)).toEqual(INVALID);
}

// The host half of validateEmailAddress (the rest is in email-address.spec.ts).
describe('validateEmailAddress: the host', () => {
  describe('internationalised hosts', () => {
    it('accepts a unicode host, encoding it for the checks but keeping it in the address', () => {
      expect(validateEmailAddress('japanese-info@例え.テスト')).toEqual({
        ok: true,
        address: 'japanese-info@例え.テスト',
        normalised: 'japanese-info@例え.テスト',
      });
    });

    it('accepts a unicode label with accents', () => {
      expectValid('info@münchen.de');
    });

    it('accepts a unicode top-level domain', () => {
      expectValid('info@german-financial-services.vermögensberatung');
    });

    it('accepts a host already in punycode', () => {
      expectValid('info@xn--mnchen-3ya.de');
    });

    it('refuses a host that IDNA cannot encode', () => {
      expectInvalid('info@xn--.com');
    });

    it('refuses a percent-encoded host, which the encoder would otherwise decode', () => {
      expectInvalid('email@ex%41mple.com');
    });
  });

  describe('host length and number of labels', () => {
    it('accepts a host of exactly 253 characters', () => {
      const host = `${label(63)}.${label(63)}.${label(63)}.${'d'.repeat(57)}.com`;
      expect(host).toHaveLength(253);
      expectValid(`a@${host}`);
    });

    it('refuses a host longer than 253 characters', () => {
      const host = `${label(63)}.${label(63)}.${label(63)}.${'d'.repeat(58)}.com`;
      expect(host).toHaveLength(254);
      expectInvalid(`a@${host}`);
    });

    it('refuses a host longer than 253 characters once encoded, though shorter as unicode', () => {
      // Each 16-character label becomes a 50-character xn-- label.
      const unicodeLabel = '例えテスト日本語漢字平仮名片仮名';
      const host = [unicodeLabel, unicodeLabel, unicodeLabel, unicodeLabel, unicodeLabel, 'jp'].join('.');
      expect(host.length).toBeLessThan(100);
      expectInvalid(`a@${host}`);
    });

    it('refuses a host with a single label', () => {
      expectInvalid('no-tld@domain');
    });
  });

  describe('host labels', () => {
    it('accepts a label of 63 characters', () => {
      expectValid(`a@${'b'.repeat(63)}.com`);
    });

    it('refuses a label of 64 characters', () => {
      expectInvalid(`a@${'b'.repeat(64)}.com`);
    });

    it('refuses a unicode label longer than 63 characters once encoded', () => {
      // 60 characters of ü encode to the 66-character label xn--tda followed by 59 a.
      expectInvalid(`a@${'ü'.repeat(60)}.com`);
    });

    it('refuses a trailing dot, which leaves an empty label', () => {
      expectInvalid('email@domain.com.');
    });

    it('accepts a single internal hyphen', () => {
      expectValid('email@domain-one.com');
    });

    it('accepts a double internal hyphen', () => {
      expectValid('email@double--hyphen.com');
    });

    it('refuses a triple internal hyphen', () => {
      expectInvalid('email@triple---hyphen.com');
    });

    it('refuses a label that starts with a hyphen', () => {
      expectInvalid('email@-domain.com');
    });

    it('refuses a label that ends with a hyphen', () => {
      expectInvalid('email@domain-.com');
    });

    it('refuses an underscore in a label', () => {
      expectInvalid('underscores-in-domain@dom_ain.com');
    });

    it('refuses a pipe in the host', () => {
      expectInvalid('pipe-in-domain@example.com|gov.uk');
    });

    it('refuses a comma in the host', () => {
      expectInvalid('comma-in-domain@domain,gov.uk');
    });

    it('refuses a punycode label with a hyphen straight after xn--', () => {
      expectInvalid('incorrect-punycode@xn---something.com');
    });

    it('refuses an IP address literal', () => {
      expectInvalid('email@[123.123.123.123]');
    });
  });

  describe('top-level domain', () => {
    it('accepts a two-letter top-level domain', () => {
      expectValid('email@domain.uk');
    });

    it('accepts a 63-letter top-level domain', () => {
      expectValid(`email@domain.${'t'.repeat(63)}`);
    });

    it('refuses a one-letter top-level domain', () => {
      expectInvalid('email@domain.c');
    });

    it('refuses a top-level domain containing a digit', () => {
      expectInvalid('email@domain.c0m');
    });

    it('refuses a numeric IP address', () => {
      expectInvalid('email@123.123.123.123');
    });

    it('accepts an xn-- top-level domain', () => {
      expectValid('email@example.xn--zckzah');
    });

    it('accepts an xn-- top-level domain with an internal hyphen', () => {
      expectValid('email@example.xn--mnchen-3ya');
    });
  });
});

function label(length: number): string {
  return 'c'.repeat(length);
}
