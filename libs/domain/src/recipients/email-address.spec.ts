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
