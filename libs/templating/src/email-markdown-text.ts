import { unescapeEntities } from './html-entities';
import { MarkdownFormat, renderMarkdown } from './markdown-renderer';
import { applyTypography } from './typography';
import { trimLineEnds } from './whitespace';

// Plain-text emails are laid out for a 65-character column, as in Notify.
const COLUMN_WIDTH = 65;
const RULE = '=-'.repeat(COLUMN_WIDTH).slice(0, COLUMN_WIDTH);

const paragraph = (text: string) => (text.trim() === '' ? '' : `\n\n${text}`);

/** Plain text with the markdown structure spelled out: underlined headings, bullets, link URLs. */
const EMAIL_TEXT: MarkdownFormat = {
  paragraph,
  itemText: (text) => text,
  heading: (level, text) => {
    if (level === 1) return `\n\n\n${text}\n${'='.repeat(COLUMN_WIDTH)}`;
    if (level === 2) return `\n\n\n${text}\n${'-'.repeat(COLUMN_WIDTH)}`;
    return paragraph(text);
  },
  rule: () => paragraph(RULE),
  code: (text) => text,
  quote: (text) => text,
  list: (ordered, items) => `\n${items.map((text, index) => `\n${ordered ? `${index + 1}.` : '•'} ${text}`).join('')}`,
  blockBreak: () => '\n',
  text: (text) => text,
  lineBreak: () => '\n',
  link: (url, title, text) => `${text}${title ? ` (${title})` : ''}: ${url}`,
  autolink: (url) => url,
};

/** The plain-text part of an email for a filled body: markdown structure spelled out in text. */
export function emailMarkdownToText(filledBody: string): string {
  return trimLineEnds(unescapeEntities(applyTypography(renderMarkdown(filledBody, EMAIL_TEXT)))).trim();
}
