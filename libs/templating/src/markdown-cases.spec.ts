import { emailMarkdownToHtml } from './email-markdown-html';
import { emailMarkdownToText } from './email-markdown-text';
import { EmailRenderer } from './email-renderer';
import { LetterBlock, letterBlocks } from './letter-blocks';
import { letterPlainText } from './letter-plain-text';
import { BLOCK_CASES, MarkdownCase } from './markdown-cases';
import { INLINE_CASES } from './markdown-inline-cases';
import { renderSms } from './sms-renderer';

const CASES: readonly MarkdownCase[] = [...BLOCK_CASES, ...INLINE_CASES];
// The renderer the worker sends with and the admin's preview shows, its layouts compiled once.
const renderer = new EmailRenderer();
const LIST_TABLE = /<table role="presentation"[^>]*><tr><td[^>]*><(ul|ol)\b/g;

/** Notify's inline styles and the tables it puts around lists are compared elsewhere; here, the structure. */
function structure(html: string): string {
  return html.replace(/ (?:style|role)="[^"]*"/g, '').replace(/<\/?(?:table|tr|td)>/g, '');
}

const asPrinted = (blocks: readonly LetterBlock[]) => JSON.parse(JSON.stringify(blocks).replace(/\u2011/g, '-')) as LetterBlock[];

function blockText(block: LetterBlock): string {
  if (block.kind === 'list') return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '•'} ${item}`).join('\n');
  return 'text' in block ? block.text : '';
}

const asLetterBody = (body: string) => ({ addressLines: [], contactBlock: null, date: new Date('2026-12-04T10:00:00Z'), heading: '', body });

describe('the table of Notify’s markdown', () => {
  it('has the cases the issue asks for, each named once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((entry) => entry.name)).size).toBe(CASES.length);
  });

  describe.each(CASES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    it('is rendered in the email’s HTML as Notify renders it', () => {
      expect(structure(emailMarkdownToHtml(entry.input))).toBe(entry.html);
    });

    it('wraps every list of the email’s HTML in a presentation table, as Notify does', () => {
      const html = emailMarkdownToHtml(entry.input);
      expect(html.match(LIST_TABLE)?.length ?? 0).toBe(html.match(/<(?:ul|ol)\b/g)?.length ?? 0);
    });

    it('is what the sent email and the admin’s preview of it carry', () => {
      const email = renderer.render({ subject: 'Subject', content: entry.input, personalisation: {}, serviceName: 'Service' });
      expect(structure(email.html)).toContain(entry.html);
      expect(email.text).toContain(entry.text);
    });

    it('is rendered in the email’s plain text as Notify renders it', () => {
      expect(emailMarkdownToText(entry.input)).toBe(entry.text);
    });

    it('is laid out in a letter as Notify prints it', () => {
      expect(asPrinted(letterBlocks(entry.input))).toEqual(entry.letter);
    });

    it('gives the letter’s words as plain text', () => {
      const words = entry.letter.map(blockText).filter((text) => text !== '');
      expect(letterPlainText(asLetterBody(entry.input))).toBe(words.join('\n\n'));
    });

    it('is sent in a text message as written', () => {
      expect(renderSms(entry.input, {}, { prefix: null }).body).toBe(entry.sms);
    });
  });

  describe('the comparison itself', () => {
    it('tells nested bullets from literal text', () => {
      const literal = '<p>**bold?** and _italic?_</p>';
      expect(structure(emailMarkdownToHtml('* *bold?** and _italic?_'))).not.toBe(literal);
      expect(structure(emailMarkdownToHtml('**bold?** and _italic?_'))).toBe(literal);
      expect(structure(emailMarkdownToHtml('Note:\n**bold?** and _italic?_'))).toBe('<p>Note:<br>**bold?** and _italic?_</p>');
    });

    it('notices a list without Notify’s presentation table', () => {
      const bare = '<ul><li>one</li></ul>';
      expect(bare.match(LIST_TABLE)?.length ?? 0).not.toBe(bare.match(/<(?:ul|ol)\b/g)?.length ?? 0);
    });
  });
});
