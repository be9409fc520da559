import { ADDRESS_MESSAGES, validatePostalAddress } from './postal-address';
import { formatUkPostcode, isUkPostcode } from './uk-postcode';

const uk = { allowInternational: false };
const international = { allowInternational: true };
const address = (...lines: string[]) => Object.fromEntries(lines.map((line, i) => [`address_line_${i + 1}`, line]));

describe('a postal address', () => {
  it('is built from the address lines with the postcode last, tidied and formatted', () => {
    const result = validatePostalAddress({ address_line_1: '  Jo   Bloggs ,', address_line_2: '1 High St,,', address_line_3: '', postcode: 'sw1a1aa' }, uk);
    expect(result).toEqual({ ok: true, address: { lines: ['Jo Bloggs', '1 High St', 'SW1A 1AA'], international: false, postage: null, bfpo: false } });
  });

  it('uses address_line_7 in place of the postcode when both are given', () => {
    const result = validatePostalAddress({ ...address('Jo', '1 High St', 'Leeds', '', '', '', 'LS1 1AA'), postcode: 'not used' }, uk);
    expect(result.ok && result.address.lines).toEqual(['Jo', '1 High St', 'Leeds', 'LS1 1AA']);
  });

  it('drops trailing lines naming the UK', () => {
    const result = validatePostalAddress(address('Jo', '1 High St', 'Cardiff', 'CF10 1AA', 'Wales', 'United Kingdom'), uk);
    expect(result.ok && result.address.lines).toEqual(['Jo', '1 High St', 'Cardiff', 'CF10 1AA']);
  });

  it('is international with europe postage when the last line is a European country', () => {
    const result = validatePostalAddress(address('Jo', '1 Rue de Rivoli', 'Paris 75001', 'France'), international);
    expect(result).toMatchObject({ ok: true, address: { international: true, postage: 'europe' } });
  });

  it('is international with rest-of-world postage elsewhere', () => {
    const result = validatePostalAddress(address('Jo', '1 Main St', 'Springfield', 'The United States of America'), international);
    expect(result).toMatchObject({ ok: true, address: { international: true, postage: 'rest-of-world' } });
  });

  it('accepts a BFPO address', () => {
    expect(validatePostalAddress(address('Jo', 'Unit 1', 'BFPO 123'), uk)).toMatchObject({ ok: true, address: { bfpo: true } });
    expect(validatePostalAddress(address('Jo', 'BFPO 123', 'BF1 3AA'), uk)).toMatchObject({ ok: true, address: { bfpo: true } });
  });

  it.each([
    ['fewer than 3 lines', address('Jo', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.tooFewLines],
    ['fewer than 3 lines once the UK is dropped', address('Jo', 'SW1A 1AA', 'England'), uk, ADDRESS_MESSAGES.tooFewLines],
    ['more than 7 lines', { ...address('a', 'b', 'c', 'd', 'e', 'f', 'g\nh'), postcode: 'x' }, uk, ADDRESS_MESSAGES.tooManyLines],
    ['a first line without letters or digits', address('...', '1 High St', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.notAlphanumeric],
    ['a second line without letters or digits', address('Jo', '--', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.notAlphanumeric],
    ['a BFPO address ending in a country', address('Jo', 'BFPO 123', 'France'), international, ADDRESS_MESSAGES.bfpoWithCountry],
    ['a last line that is no postcode', address('Jo', '1 High St', 'Leeds'), uk, ADDRESS_MESSAGES.notPostcode],
    ['a country when international letters are not allowed', address('Jo', '1 Rue', 'France'), uk, ADDRESS_MESSAGES.notPostcode],
    ['neither postcode nor country when international is allowed', address('Jo', '1 High St', 'Leeds'), international, ADDRESS_MESSAGES.notPostcodeOrCountry],
    ['a line starting with a forbidden character', address('Jo', '=1 High St', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.invalidFirstCharacter],
    ['a line starting with a bracket', address('Jo', '1 High St', '(Leeds)', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.invalidFirstCharacter],
    ['a line saying NFA', address('Jo', 'nfa', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.notRealAddress],
    ['no fixed abode', address('Jo', 'Of No Fixed Abode', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.notRealAddress],
    ['no fixed address', address('Jo', 'no fixed address', 'SW1A 1AA'), uk, ADDRESS_MESSAGES.notRealAddress],
  ])('is refused with %s', (_case, personalisation, options, message) => {
    expect(validatePostalAddress(personalisation, options)).toEqual({ ok: false, message });
  });

  it('checks in Notify order: too few lines before a bad postcode', () => {
    expect(validatePostalAddress(address('@Jo', 'nowhere'), uk)).toEqual({ ok: false, message: ADDRESS_MESSAGES.tooFewLines });
  });

  it('writes the forbidden characters message as Notify does', () => {
    expect(ADDRESS_MESSAGES.invalidFirstCharacter).toBe('Address lines must not start with any of the following characters: @ ( ) = [ ] ” \\ / , < >');
  });
});

describe('a UK postcode', () => {
  it.each(['SW1 1AA', 'sw1a1aa', 'EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'BT1 1AA', ' l s 1  1 a a '])('accepts %s', (postcode) => {
    expect(isUkPostcode(postcode)).toBe(true);
  });

  it.each(['', 'SW1', 'QQ1 1AA', 'SW1A 1AC', 'SW1A 1IA', '12345', 'SW1A 1AAA', 'France'])('refuses %s', (postcode) => {
    expect(isUkPostcode(postcode)).toBe(false);
  });

  it('is formatted with a space before the last three characters', () => {
    expect(formatUkPostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(formatUkPostcode(' sw1  1aa')).toBe('SW1 1AA');
  });
});
