import { isSmokeTestEmailAddress, validateEmailAddress } from './email-address';

const INVALID = { ok: false, message: 'Not a valid email address' };

function expectValid(raw: string): void {
  expect(validateEmailAddress(raw)).toMatchObject({ ok: true });
}

function expectInvalid(raw: string): void {
  expect(validateEmailAddress(raw)).toEqual(INVALID);
}

describe('validateEmailAddress', () => {
  describe('accepted addresses', () => {
    it('accepts a plain address', () => {
      expect(validateEmailAddress('email@domain.com')).toEqual({
        ok: true,
        address: 'email@domain.com',
        normalised: 'email@domain.com',
      });
    });

    it('keeps the original case in the address and lower-cases the normalised form', () => {
      expect(validateEmailAddress('First.Last@Domain.COM')).toEqual({
        ok: true,
        address: 'First.Last@Domain.COM',
        normalised: 'first.last@domain.com',
      });
    });

    it('accepts a subdomain', () => {
      expectValid('email@subdomain.domain.co.uk');
    });
  });

  describe('surrounding whitespace and zero-width characters', () => {
    it('strips spaces, tabs and newlines around the address', () => {
      expect(validateEmailAddress(' \temail@domain.com\n ')).toMatchObject({ ok: true, address: 'email@domain.com' });
    });

    it.each([
      ['zero width space', '\u200B'],
      ['zero width non-joiner', '\u200C'],
      ['zero width joiner', '\u200D'],
      ['word joiner', '\u2060'],
      ['zero width no-break space', '\uFEFF'],
    ])('strips a %s around the address', (_name, character) => {
      expect(validateEmailAddress(`${character}email@domain.com${character}`)).toMatchObject({
        ok: true,
        address: 'email@domain.com',
      });
    });

    it('removes a zero-width character inside the address, as Notify does', () => {
      expect(validateEmailAddress('ema\u200Bil@domain.com')).toMatchObject({ ok: true, address: 'email@domain.com' });
    });

    it('refuses a space inside the local part', () => {
      expectInvalid('spaces in local@domain.com');
    });

    it('refuses a space inside the host', () => {
      expectInvalid('spaces-in-domain@dom ain.com');
    });

    it('refuses an empty string', () => {
      expectInvalid('');
    });

    it('refuses a string of whitespace only', () => {
      expectInvalid(' \u200B ');
    });
  });

  describe('shape local@host', () => {
    it('refuses text without an @', () => {
      expectInvalid('no-at.domain.com');
    });

    it('refuses an address without a local part', () => {
      expectInvalid('@no-local-part.com');
    });

    it('refuses an address with two @ signs', () => {
      expectInvalid('multiple@domains@domain.com');
    });

    it('refuses a display name with angle brackets', () => {
      expectInvalid('Outlook Contact <outlook-contact@domain.com>');
    });
  });

  describe('local part characters', () => {
    it("accepts every allowed punctuation character: .!#$%&'*+/=?^_`{|}~-", () => {
      expectValid(".!#$%&'*+/=?^_`{|}~-@domain.com");
    });

    it('accepts letters and digits', () => {
      expectValid('Firstname1234567890@domain.com');
    });

    it('accepts a straight apostrophe', () => {
      expectValid("firstname.o'lastname@domain.com");
    });

    it('refuses a curly apostrophe', () => {
      expectInvalid('local-with-\u2019-apostrophe@domain.com');
    });

    it('refuses double quotes', () => {
      expectInvalid('"quoted-local-part"@domain.com');
    });

    it('refuses a semicolon', () => {
      expectInvalid(';beginning-semicolon@domain.co.uk');
    });

    it('refuses a comma', () => {
      expectInvalid('comma,in-local@gov.uk');
    });

    it('refuses brackets', () => {
      expectInvalid('brackets(in)local@domain.com');
    });

    it('refuses a non-ASCII letter', () => {
      expectInvalid('pound-sign-in-local\u00A3@domain.com');
    });
  });

  describe('start of the host', () => {
    it('refuses a host that starts with a dot', () => {
      expectInvalid('domain-starts-with-a-dot@.domain.com');
    });

    it('refuses a host that starts with an @', () => {
      expectInvalid('email@@domain.com');
    });
  });

  describe('total length', () => {
    it('accepts an address of exactly 320 characters', () => {
      const address = `${'a'.repeat(66)}@${label(63)}.${label(63)}.${label(63)}.${'d'.repeat(57)}.com`;
      expect(address).toHaveLength(320);
      expectValid(address);
    });

    it('refuses an address longer than 320 characters', () => {
      const address = `${'a'.repeat(67)}@${label(63)}.${label(63)}.${label(63)}.${'d'.repeat(57)}.com`;
      expect(address).toHaveLength(321);
      expectInvalid(address);
    });
  });

  describe('consecutive dots', () => {
    it('refuses two dots in the local part', () => {
      expectInvalid('two-dots..in-local@domain.com');
    });

    it('refuses two dots in the host', () => {
      expectInvalid('lots-of-dots@domain..gov.uk');
    });

    it('accepts single dots in both parts', () => {
      expectValid('first.last@sub.domain.gov.uk');
    });
  });

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

describe('isSmokeTestEmailAddress', () => {
  it.each([
    'simulate-delivered@notifications.service.gov.uk',
    'simulate-delivered-2@notifications.service.gov.uk',
    'simulate-delivered-3@notifications.service.gov.uk',
  ])('recognises %s', (address) => {
    expect(isSmokeTestEmailAddress(address)).toBe(true);
  });

  it('does not recognise a fourth numbered address', () => {
    expect(isSmokeTestEmailAddress('simulate-delivered-4@notifications.service.gov.uk')).toBe(false);
  });

  it('does not recognise the test-key simulator addresses, which are stored and sent', () => {
    expect(isSmokeTestEmailAddress('temp-fail@simulator.notify')).toBe(false);
  });

  it('recognises a smoke-test address given in capitals once it is normalised', () => {
    const result = validateEmailAddress(' Simulate-Delivered@Notifications.Service.GOV.UK ');
    expect(result.ok && isSmokeTestEmailAddress(result.normalised)).toBe(true);
  });
});

function label(length: number): string {
  return 'c'.repeat(length);
}
