import { fieldsInWords, outcomeWords } from './lookup-words';

describe('a look-up in words', () => {
  it('R-TR-3: names the fields asked for as people say them, each once', () => {
    expect(fieldsInWords(['email_address', 'address_line_1', 'address_line_2', 'postcode', 'phone_number'])).toBe(
      'email address, postal address, phone number',
    );
    expect(fieldsInWords(['national_insurance_number'])).toBe('national insurance number');
    expect(fieldsInWords(['address', 'language', 'format_needs', 'permissions'])).toBe(
      'postal address, language, accessible formats, how you agreed to be contacted',
    );
    expect(fieldsInWords([])).toBe('nothing');
  });

  it('R-TR-3: says what happened', () => {
    expect(outcomeWords('not_found')).toBe('Your details were not in the register');
  });
});
