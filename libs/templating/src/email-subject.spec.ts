import { renderEmailSubject } from './email-subject';

describe('renderEmailSubject', () => {
  it('fills placeholders', () => {
    expect(renderEmailSubject('Your ((thing)) is ready', { thing: 'passport' })).toBe('Your passport is ready');
  });

  it('shows a list inline', () => {
    expect(renderEmailSubject('Documents: ((docs))', { docs: ['passport', 'licence', 'bill'] })).toBe('Documents: passport, licence and bill');
  });

  it('curls single quotes', () => {
    expect(renderEmailSubject("Your 'application'", {})).toBe('Your \u2018application\u2019');
  });

  it('curls double quotes', () => {
    expect(renderEmailSubject('Your "application" is "ready"', {})).toBe('Your \u201capplication\u201d is \u201cready\u201d');
  });

  it('turns an apostrophe inside a word into a right single quote', () => {
    expect(renderEmailSubject("We've got it", {})).toBe('We\u2019ve got it');
  });

  it('leaves apostrophes in email addresses straight', () => {
    expect(renderEmailSubject("Write to o'brien@example.com about 'it'", {})).toBe("Write to o'brien@example.com about \u2018it\u2019");
  });

  it.each([' - ', ' \u2013 ', ' \u2014 ', ' -- '])('turns %p between words into a spaced en dash', (dash) => {
    expect(renderEmailSubject(`Before${dash}after`, {})).toBe('Before \u2013 after');
  });

  it('leaves a hyphen inside a word alone', () => {
    expect(renderEmailSubject('Re-apply now', {})).toBe('Re-apply now');
  });

  it('removes spaces and tabs before a comma or full stop', () => {
    expect(renderEmailSubject('Hello , world \t.', {})).toBe('Hello, world.');
  });

  it('collapses whitespace, newlines included, and trims it', () => {
    expect(renderEmailSubject('  Hello \n\n  ((name))\t ', { name: ' Ada ' })).toBe('Hello Ada');
  });

  it('removes zero-width characters and turns non-breaking spaces into spaces', () => {
    expect(renderEmailSubject('Hel\u200blo\u00a0world', {})).toBe('Hello world');
  });

  it('leaves HTML in a value as text', () => {
    expect(renderEmailSubject('Hi ((name))', { name: '<b>Ada</b>' })).toBe('Hi <b>Ada</b>');
  });
});
