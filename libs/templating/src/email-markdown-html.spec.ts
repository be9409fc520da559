import { emailMarkdownToHtml } from './email-markdown-html';
import {
  BULLET_LIST_STYLE,
  HEADING_STYLE,
  INSET_STYLE,
  LINK_STYLE,
  LIST_CELL_STYLE,
  LIST_ITEM_STYLE,
  LIST_TABLE_STYLE,
  NUMBER_LIST_STYLE,
  PARAGRAPH_STYLE,
  RULE_STYLE,
  SUBHEADING_STYLE,
} from './email-html-styles';

const p = (html: string) => `<p style="${PARAGRAPH_STYLE}">${html}</p>`;
const link = (href: string, text: string, title = '') => `<a style="${LINK_STYLE}" href="${href}"${title ? ` title="${title}"` : ''}>${text}</a>`;
const list = (tag: 'ul' | 'ol', ...items: string[]) =>
  `<table role="presentation" style="${LIST_TABLE_STYLE}"><tr><td style="${LIST_CELL_STYLE}">` +
  `<${tag} style="${tag === 'ul' ? BULLET_LIST_STYLE : NUMBER_LIST_STYLE}">` +
  items.map((item) => `<li style="${LIST_ITEM_STYLE}">${item}</li>`).join('') +
  `</${tag}></td></tr></table>`;
const RULE = `<hr style="${RULE_STYLE}">`;

describe('emailMarkdownToHtml', () => {
  describe('paragraphs', () => {
    it('wraps text in a styled paragraph', () => {
      expect(emailMarkdownToHtml('Hello')).toBe(p('Hello'));
    });

    it('turns a single newline into a line break', () => {
      expect(emailMarkdownToHtml('line one\nline two')).toBe(p('line one<br>line two'));
    });

    it('starts a new paragraph after a blank line', () => {
      expect(emailMarkdownToHtml('one\n\ntwo')).toBe(p('one') + p('two'));
    });

    it('collapses three or more newlines into one paragraph break', () => {
      expect(emailMarkdownToHtml('before\n\n\n\n\n\nafter')).toBe(p('before') + p('after'));
    });

    it('treats CRLF like LF', () => {
      expect(emailMarkdownToHtml('one\r\ntwo\r\n\r\nthree')).toBe(p('one<br>two') + p('three'));
    });

    it('removes U+2028 and U+3164', () => {
      expect(emailMarkdownToHtml('a\u2028b\u3164c')).toBe(p('abc'));
    });
  });

  describe('headings', () => {
    it.each(['# Heading', '#Heading'])('renders %p as a styled h2', (markdown) => {
      expect(emailMarkdownToHtml(markdown)).toBe(`<h2 style="${HEADING_STYLE}">Heading</h2>`);
    });

    it('renders ## as a styled h3', () => {
      expect(emailMarkdownToHtml('## Sub heading')).toBe(`<h3 style="${SUBHEADING_STYLE}">Sub heading</h3>`);
    });

    it('renders ### and deeper as a plain paragraph', () => {
      expect(emailMarkdownToHtml('### Small\n\n#### Smaller')).toBe(p('Small') + p('Smaller'));
    });
  });

  describe('lists', () => {
    it.each([
      ['asterisks', '* one\n* two'],
      ['dashes', '- one\n- two'],
      ['bullet characters', '• one\n• two'],
      ['no space after the marker', '*one\n*two'],
    ])('renders a bullet list written with %s', (_name, markdown) => {
      expect(emailMarkdownToHtml(markdown)).toBe(list('ul', 'one', 'two'));
    });

    it('does not treat + as a bullet', () => {
      expect(emailMarkdownToHtml('+ one\n+ two')).toBe(p('+ one') + p('+ two'));
    });

    it.each(['1. one\n2. two', '1.one\n2.two'])('renders %p as a numbered list', (markdown) => {
      expect(emailMarkdownToHtml(markdown)).toBe(list('ol', 'one', 'two'));
    });

    it('ends a paragraph where a list starts', () => {
      expect(emailMarkdownToHtml('You need:\n* a passport')).toBe(p('You need:') + list('ul', 'a passport'));
    });

    it('puts the items of a list separated by blank lines in paragraphs', () => {
      expect(emailMarkdownToHtml('* one\n\n* two')).toBe(list('ul', p('one'), p('two')));
    });

    it('nests an indented list inside an item', () => {
      expect(emailMarkdownToHtml('* one\n  * inner\n* two')).toBe(list('ul', `one${list('ul', 'inner')}`, 'two'));
    });

    it('renders a list filled from personalisation', () => {
      expect(emailMarkdownToHtml('Items:\n\n* a\n* b')).toBe(p('Items:') + list('ul', 'a', 'b'));
    });
  });

  describe('inset text', () => {
    it('renders ^ as a blockquote with a grey left border', () => {
      expect(emailMarkdownToHtml('^ Important')).toBe(`<blockquote style="${INSET_STYLE}">${p('Important')}</blockquote>`);
    });

    it('keeps the lines that follow it without a blank line', () => {
      expect(emailMarkdownToHtml('^ one\ntwo')).toBe(`<blockquote style="${INSET_STYLE}">${p('one<br>two')}</blockquote>`);
    });
  });

  describe('horizontal rules', () => {
    it.each(['---', '***', '___', '- - -', '-----'])('renders %p as a styled hr', (rule) => {
      expect(emailMarkdownToHtml(`a\n\n${rule}\n\nb`)).toBe(p('a') + RULE + p('b'));
    });
  });

  describe('links', () => {
    it('renders [text](url) as a styled link', () => {
      expect(emailMarkdownToHtml('[Example](https://example.com)')).toBe(p(link('https://example.com', 'Example')));
    });

    it('adds http:// to a link without a protocol', () => {
      expect(emailMarkdownToHtml('Visit our [website](www.example.com/xyz).')).toBe(p(`Visit our ${link('http://www.example.com/xyz', 'website')}.`));
    });

    it.each([
      ['mailto:someone@example.com', 'mailto:someone%40example.com'],
      ['tel:+44123', 'tel:%2B44123'],
    ])('keeps the %p protocol and percent-encodes the rest', (url, href) => {
      expect(emailMarkdownToHtml(`[link](${url})`)).toBe(p(link(href, 'link')));
    });

    it('turns a quoted title into a title attribute', () => {
      expect(emailMarkdownToHtml('[Example](http://example.com "An example URL")')).toBe(p(link('http://example.com', 'Example', 'An example URL')));
    });

    it('accepts a title in single quotes', () => {
      expect(emailMarkdownToHtml("[Example](http://example.com 'Title')")).toBe(p(link('http://example.com', 'Example', 'Title')));
    });

    it('percent-encodes the href except for :/?#=&;%', () => {
      expect(emailMarkdownToHtml('[x](https://example.com/a b?q="1"&r=%20#top)')).toBe(p(link('https://example.com/a%20b?q=%221%22&amp;r=%20#top', 'x')));
    });

    it('accepts a URL in angle brackets', () => {
      expect(emailMarkdownToHtml('[Unsubscribe](<https://example.com/u (1)>)')).toBe(p(link('https://example.com/u%20%281%29', 'Unsubscribe')));
    });

    it('drops images', () => {
      expect(emailMarkdownToHtml('![alt text](http://example.com/image.png)')).toBe('');
    });
  });

  describe('bare URLs', () => {
    it('auto-links an http or https URL', () => {
      expect(emailMarkdownToHtml('Go to https://www.gov.uk/ now')).toBe(p(`Go to ${link('https://www.gov.uk/', 'https://www.gov.uk/')} now`));
    });

    it.each(['.', ',', ':'])('keeps a trailing %p out of the link', (punctuation) => {
      expect(emailMarkdownToHtml(`See http://example.com${punctuation}`)).toBe(p(`See ${link('http://example.com', 'http://example.com')}${punctuation}`));
    });

    it('keeps an unbalanced closing bracket out of the link', () => {
      expect(emailMarkdownToHtml('(see http://example.com)')).toBe(p(`(see ${link('http://example.com', 'http://example.com')})`));
    });

    // Notify's URL pattern never ends a URL in `)`, even one that closes a bracket inside it.
    it('keeps a closing bracket out of the link even when the URL opened it', () => {
      expect(emailMarkdownToHtml('http://example.com/foo_(bar).')).toBe(p(`${link('http://example.com/foo_%28bar', 'http://example.com/foo_(bar')}).`));
    });

    it.each(['example.com', 'www.example.com', 'ftp://example.com', 'test@example.com'])('does not link %p', (text) => {
      expect(emailMarkdownToHtml(text)).toBe(p(text));
    });

    it('never links GOV.UK, putting a zero-width space after the dot', () => {
      expect(emailMarkdownToHtml('Visit GOV.UK or gov.uk today')).toBe(p('Visit GOV.\u200bUK or gov.\u200buk today'));
    });

    it('leaves GOV.UK inside an address alone', () => {
      expect(emailMarkdownToHtml('https://www.gov.uk/x')).toBe(p(link('https://www.gov.uk/x', 'https://www.gov.uk/x')));
    });
  });

  describe('switched-off markdown', () => {
    it.each(['something *important*', 'something **important**', 'something _important_', '~~Strike~~', 'variable `thing`'])(
      'leaves %p literal',
      (markdown) => {
        expect(emailMarkdownToHtml(markdown)).toBe(p(markdown));
      },
    );

    it('removes tables', () => {
      expect(emailMarkdownToHtml('col | col\n----|----\nval | val\n\nafter')).toBe(p('after'));
    });

    it('shows a fenced code block as plain text', () => {
      expect(emailMarkdownToHtml('```\nprint(1 < 2)\n```')).toBe('print(1 &lt; 2)');
    });

    it('shows an indented code block as plain text', () => {
      expect(emailMarkdownToHtml('    indented')).toBe('indented');
    });

    it('turns a backslash-escaped character into the character', () => {
      expect(emailMarkdownToHtml('\\# not a heading, \\[not a link\\]\\(\\)')).toBe(p('# not a heading, [not a link]()'));
    });
  });

  describe('escaping', () => {
    it('escapes HTML in the text', () => {
      expect(emailMarkdownToHtml('Hello <script>alert("x")</script>')).toBe(p('Hello &lt;script&gt;alert(\u201cx\u201d)&lt;/script&gt;'));
    });

    it('escapes a bare ampersand', () => {
      expect(emailMarkdownToHtml('Fish & chips')).toBe(p('Fish &amp; chips'));
    });

    it('keeps an existing &amp; and &nbsp;', () => {
      expect(emailMarkdownToHtml('Fish &amp; chips&nbsp;please')).toBe(p('Fish &amp; chips&nbsp;please'));
    });

    it('escapes other entities rather than trusting them', () => {
      expect(emailMarkdownToHtml('&lt;b&gt;')).toBe(p('&amp;lt;b&amp;gt;'));
    });

    it('escapes markup in link text and keeps quotes out of the href', () => {
      expect(emailMarkdownToHtml('[<b>x</b>](https://example.com/"onclick="x)')).toBe(p(link('https://example.com/%22onclick=%22x', '&lt;b&gt;x&lt;/b&gt;')));
    });
  });

  describe('typography', () => {
    it('curls quotes and adds en dashes in text', () => {
      expect(emailMarkdownToHtml(`It's "done" - finally`)).toBe(p('It\u2019s \u201cdone\u201d \u2013 finally'));
    });

    it('leaves quotes inside link text straight', () => {
      expect(emailMarkdownToHtml(`[it's here](https://example.com)`)).toBe(p(link('https://example.com', "it's here")));
    });
  });
});
