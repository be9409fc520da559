import { emailMarkdownToText } from './email-markdown-text';

const RULE = '=-'.repeat(32) + '=';

describe('emailMarkdownToText', () => {
  it('keeps line breaks and separates paragraphs with a blank line', () => {
    expect(emailMarkdownToText('line one\nline two\n\n\n\nnew paragraph')).toBe('line one\nline two\n\nnew paragraph');
  });

  it('underlines a # heading with 65 equals signs after a gap', () => {
    expect(emailMarkdownToText('Intro\n\n# Heading\n\nText')).toBe(`Intro\n\n\nHeading\n${'='.repeat(65)}\n\nText`);
  });

  it('underlines a ## heading with 65 hyphens', () => {
    expect(emailMarkdownToText('## Sub heading')).toBe(`Sub heading\n${'-'.repeat(65)}`);
  });

  it('shows ### headings as paragraphs', () => {
    expect(emailMarkdownToText('### Small')).toBe('Small');
  });

  it('shows bullets as •', () => {
    expect(emailMarkdownToText('Items:\n\n* one\n- two\n• three')).toBe('Items:\n\n• one\n• two\n• three');
  });

  it('numbers a numbered list from 1', () => {
    expect(emailMarkdownToText('3. one\n7. two')).toBe('1. one\n2. two');
  });

  it('shows a link as text: url', () => {
    expect(emailMarkdownToText('[Example](https://example.com)')).toBe('Example: https://example.com');
  });

  it('shows a link title in brackets', () => {
    expect(emailMarkdownToText('[Example](https://example.com "An example")')).toBe('Example (An example): https://example.com');
  });

  it('shows the URL of a link as written, without adding a protocol', () => {
    expect(emailMarkdownToText('Visit our [website](www.example.com/xyz).')).toBe('Visit our website: www.example.com/xyz.');
  });

  it('shows a bare URL as it is', () => {
    expect(emailMarkdownToText('Go to https://example.com/path now')).toBe('Go to https://example.com/path now');
  });

  it('shows inset text as a plain paragraph', () => {
    expect(emailMarkdownToText('Before\n\n^ Inset\n\nAfter')).toBe('Before\n\nInset\n\nAfter');
  });

  it('shows a rule as a 65-character line of =-', () => {
    expect(emailMarkdownToText('a\n\n---\n\nb')).toBe(`a\n\n${RULE}\n\nb`);
    expect(RULE).toHaveLength(65);
  });

  it('drops images and tables', () => {
    expect(emailMarkdownToText('![alt](http://example.com/a.png)\n\na | b\n--|--\n1 | 2\n\nText')).toBe('Text');
  });

  it('leaves emphasis literal', () => {
    expect(emailMarkdownToText('something *important* and _this_')).toBe('something *important* and _this_');
  });

  it('applies typography', () => {
    expect(emailMarkdownToText(`It's "done" - finally , ok`)).toBe('It\u2019s \u201cdone\u201d \u2013 finally, ok');
  });

  it('unescapes HTML entities', () => {
    expect(emailMarkdownToText('Fish &amp; chips &#163;5 &pound;6 &lt;3')).toBe('Fish & chips \u00a35 \u00a36 <3');
  });

  it('leaves HTML in the text as text', () => {
    expect(emailMarkdownToText('<b>bold</b>')).toBe('<b>bold</b>');
  });

  it('removes trailing whitespace from lines and from both ends', () => {
    expect(emailMarkdownToText('\n\n    \nHello   \nWorld  \n\n')).toBe('Hello\nWorld');
  });
});
