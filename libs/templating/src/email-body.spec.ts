import { renderEmailBody } from './email-body';

describe('renderEmailBody', () => {
  it('fills placeholders and shows lists as markdown bullets', () => {
    expect(renderEmailBody('You need:((items))\n\nThanks', { items: ['a', 'b'] })).toBe('You need:\n\n* a\n* b\n\nThanks');
  });

  it('trims leading and trailing whitespace only', () => {
    expect(renderEmailBody('\n\n  Hello ((name))  \n\n', { name: 'Ada' })).toBe('Hello Ada');
  });

  it('keeps CRLF line endings inside the body', () => {
    expect(renderEmailBody('Line one\r\nLine two\r\n', {})).toBe('Line one\r\nLine two');
  });

  it('applies no typography or markdown', () => {
    expect(renderEmailBody('# It\'s "raw" - *really*', {})).toBe('# It\'s "raw" - *really*');
  });

  it('trims after filling, so a trailing empty value leaves no whitespace', () => {
    expect(renderEmailBody('Hello\n\n((footer))', { footer: '' })).toBe('Hello');
  });
});
