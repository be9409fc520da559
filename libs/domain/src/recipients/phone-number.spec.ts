import {
  isSmokeTestPhoneNumber,
  isValidSmsSender,
  normaliseSenderIfPhoneNumber,
  refusalForService,
  validatePhoneNumber,
  ValidPhoneNumber,
} from './phone-number';

const valid = (raw: string): ValidPhoneNumber => {
  const result = validatePhoneNumber(raw);
  if (!result.ok) throw new Error(`${raw} refused: ${result.message}`);
  return result;
};

describe('validatePhoneNumber', () => {
  it.each([
    ['07700900123', '447700900123'],
    ['07700 900 123', '447700900123'],
    ['+44 7700 900 123', '447700900123'],
    ['+44 (0)7700 900123', '447700900123'],
    ['0044 7700 900123', '447700900123'],
    ['447700900123', '447700900123'],
    ['7700900123', '447700900123'],
    ['07700-900-123', '447700900123'],
    ['\t07700 900123\n', '447700900123'],
  ])('normalises the UK mobile %p to %p', (raw, normalised) => {
    expect(valid(raw)).toMatchObject({ normalised, countryCode: 44, international: false, crownDependency: false, ukLandline: false });
  });

  it.each(['0+447700900100', '+07700900100', '000007700900100', '0+44(0)7700900100'])('forgives the spreadsheet mangling in %p', (raw) => {
    expect(valid(raw).normalised).toBe('447700900100');
  });

  it('accepts Ofcom’s drama numbers, which libphonenumber calls invalid', () => {
    expect(valid('07700 900000')).toMatchObject({ normalised: '447700900000', international: false });
    expect(valid('07700 900999').normalised).toBe('447700900999');
  });

  it('recognises a UK landline and a non-geographic 03 number as landlines', () => {
    expect(valid('020 7946 0000')).toMatchObject({ normalised: '442079460000', ukLandline: true, international: false });
    expect(valid('0300 123 4567')).toMatchObject({ ukLandline: true });
  });

  it.each(['07797 712345', '07624 123456', '07911 123456'])('treats the Crown dependency number %p as international but +44', (raw) => {
    expect(valid(raw)).toMatchObject({ countryCode: 44, international: true, crownDependency: true, internationalPrefix: '44' });
  });

  it('normalises international numbers with their country prefix', () => {
    expect(valid('+33 6 12 34 56 78')).toMatchObject({ normalised: '33612345678', international: true, crownDependency: false, internationalPrefix: '33' });
    expect(valid('+1 (202) 555-0199')).toMatchObject({ normalised: '12025550199', internationalPrefix: '1' });
  });

  it('bills North American areas that are countries of their own under their area code', () => {
    expect(valid('+1 664 491 2345').internationalPrefix).toBe('1664');
  });

  it('reads a number that is impossible in the UK as international when its + was dropped', () => {
    expect(valid('33612345678')).toMatchObject({ countryCode: 33, normalised: '33612345678' });
  });

  describe('refuses, in Notify’s words', () => {
    it.each([
      ['07700 900 12a', 'Must not contain letters or symbols'],
      ['07700.900.123', 'Must not contain letters or symbols'],
      ['ALPHANUM3R1C', 'Must not contain letters or symbols'],
      ['', 'Not enough digits'],
      ['0770090', 'Not enough digits'],
      ['999', 'Not enough digits'],
      ['712345678910', 'Too many digits'],
      ['+12345 12345 12345 6', 'Too many digits'],
      ['800000000000', 'Not a valid country prefix'],
      ['0900 123 4567', 'Number is not valid – double check the phone number you entered'],
      ['06123 456789', 'Number is not valid – double check the phone number you entered'],
    ])('%p: %p', (raw, message) => {
      expect(validatePhoneNumber(raw)).toEqual({ ok: false, message });
    });

    it('an emergency number given as a service’s own contact number', () => {
      expect(validatePhoneNumber('999', { serviceContactNumber: true })).toEqual({ ok: false, message: 'Phone number cannot be an emergency number' });
      expect(validatePhoneNumber('112', { serviceContactNumber: true })).toEqual({ ok: false, message: 'Phone number cannot be an emergency number' });
    });
  });

  it('accepts a three-digit short code only as a service’s own contact number', () => {
    expect(validatePhoneNumber('101', { serviceContactNumber: true }).ok).toBe(true);
    expect(validatePhoneNumber('101').ok).toBe(false);
  });
});

describe('refusalForService', () => {
  const mobileOnly = { international: false, ukLandline: false };

  it('lets any service text a UK mobile', () => {
    expect(refusalForService(valid('07700900123'), mobileOnly)).toBeNull();
  });

  it('needs the landline permission for a UK landline', () => {
    expect(refusalForService(valid('020 7946 0000'), mobileOnly)).toEqual({ error: 'InvalidPhoneError', message: 'Not a UK mobile number' });
    expect(refusalForService(valid('020 7946 0000'), { international: false, ukLandline: true })).toBeNull();
  });

  it('needs the international permission for a number outside the UK', () => {
    expect(refusalForService(valid('+33 6 12 34 56 78'), mobileOnly)).toEqual({
      error: 'BadRequestError',
      message: 'Cannot send to international mobile numbers',
    });
    expect(refusalForService(valid('+33 6 12 34 56 78'), { international: true, ukLandline: false })).toBeNull();
  });

  it('needs no international permission for a Crown dependency mobile', () => {
    expect(refusalForService(valid('07797 712345'), mobileOnly)).toBeNull();
  });
});

describe('senders and smoke tests', () => {
  it('knows the three smoke-test numbers by their normalised form', () => {
    expect(['447700900000', '447700900111', '447700900222'].every(isSmokeTestPhoneNumber)).toBe(true);
    expect(isSmokeTestPhoneNumber('447700900333')).toBe(false);
  });

  it('normalises a sender that is a phone number and keeps a name as it is', () => {
    expect(normaliseSenderIfPhoneNumber('07700900500')).toBe('447700900500');
    expect(normaliseSenderIfPhoneNumber('func tests')).toBe('func tests');
    expect(normaliseSenderIfPhoneNumber('GOVUK')).toBe('GOVUK');
  });

  it('allows up to 11 letters and digits, or a phone number, as a sender', () => {
    expect(isValidSmsSender('GOVUK')).toBe(true);
    expect(isValidSmsSender('Herald 2026')).toBe(true);
    expect(isValidSmsSender('07700900500')).toBe(true);
    expect(isValidSmsSender('Twelve chars')).toBe(false);
    expect(isValidSmsSender('Hi!')).toBe(false);
    expect(isValidSmsSender('')).toBe(false);
  });
});
