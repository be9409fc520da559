import { Block, parseBlocks } from './markdown-blocks';
import { Inline, parseInline } from './markdown-inline';
import { applyTypography } from './typography';

const STYLE = {
  p: 'Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;',
  h2: 'Margin: 0 0 20px 0; padding: 0; font-size: 27px; line-height: 35px; font-weight: bold; color: #0B0C0C;',
  h3: 'Margin: 0 0 20px 0; padding: 0; font-size: 19px; line-height: 25px; font-weight: bold; color: #0B0C0C;',
  list: 'Margin: 0 0 0 20px; padding: 0; list-style-type: disc;',
  ol: 'Margin: 0 0 0 20px; padding: 0; list-style-type: decimal;',
  li: 'Margin: 5px 0 5px; padding: 0 0 0 5px; font-size: 19px; line-height: 25px; color: #0B0C0C;',
  blockquote: 'Margin: 0 0 20px 0; border-left: 10px solid #B1B4B6; padding: 15px 0 0.1px 15px; font-size: 19px; line-height: 25px;',
  hr: 'border: 0; height: 1px; background: #B1B4B6; Margin: 30px 0 30px 0;',
  a: 'word-wrap: break-word; color: #1D70B8;',
};

/** Escapes HTML, keeping entities Notify keeps (&amp; and &nbsp;). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&(?!amp;|nbsp;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

/** "GOV.UK" at the start of a word is never made a link by mail clients: a zero-width space breaks it. */
const unlinkGovUk = (text: string): string => text.replace(/(^|\s)([#*^]?GOV)\.(UK)\b/gi, '$1$2.\u200B$3');

/** Percent-encodes a link the way Notify does: everything but `:/?#=&;%` and unreserved characters. */
const encodeHref = (url: string): string => url.replace(/[^A-Za-z0-9\-._~:/?#=&;%]/gu, (c) => encodeURIComponent(c));

function inlineHtml(text: string): string {
  return parseInline(text)
    .map((part: Inline) =>
      part.kind === 'text'
        ? escapeHtml(unlinkGovUk(part.text))
        : `<a style="${STYLE.a}" href="${escapeHtml(encodeHref(part.url))}"${part.title ? ` title="${escapeHtml(part.title)}"` : ''}>${escapeHtml(part.text)}</a>`,
    )
    .join('');
}

const listHtml = (tag: 'ul' | 'ol', items: string[]): string =>
  `<table role="presentation" style="padding: 0 0 20px 0;"><tr><td style="font-family: Helvetica, Arial, sans-serif;"><${tag} style="${tag === 'ul' ? STYLE.list : STYLE.ol}">` +
  items.map((item) => `<li style="${STYLE.li}">${inlineHtml(item)}</li>`).join('') +
  `</${tag}></td></tr></table>`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? `<h2 style="${STYLE.h2}">${inlineHtml(block.text)}</h2>` : `<h3 style="${STYLE.h3}">${inlineHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p style="${STYLE.p}">${block.lines.map(inlineHtml).join('<br>')}</p>`;
    case 'inset':
      return `<blockquote style="${STYLE.blockquote}"><p style="${STYLE.p}">${block.lines.map(inlineHtml).join('<br>')}</p></blockquote>`;
    case 'bullets':
      return listHtml('ul', block.items);
    case 'numbers':
      return listHtml('ol', block.items);
    case 'rule':
      return `<hr style="${STYLE.hr}">`;
  }
}

/** The HTML body of an email (section 13.2): what is sent, and the preview's `html`. */
export function emailMarkdownToHtml(filledBody: string): string {
  return parseBlocks(filledBody).map(blockHtml).join('\n');
}

const inlineText = (text: string): string =>
  parseInline(text)
    .map((part) => (part.kind === 'text' ? part.text : part.text === part.url ? part.url : `${part.text}${part.title ? ` (${part.title})` : ''}: ${part.url}`))
    .join('');

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `\n\n${inlineText(block.text)}\n${(block.level === 1 ? '=' : '-').repeat(65)}`;
    case 'paragraph':
    case 'inset':
      return block.lines.map(inlineText).join('\n');
    case 'bullets':
      return block.items.map((item) => `• ${inlineText(item)}`).join('\n');
    case 'numbers':
      return block.items.map((item, i) => `${i + 1}. ${inlineText(item)}`).join('\n');
    case 'rule':
      return '=-'.repeat(33).slice(0, 65);
  }
}

/** The plain-text part (section 13.2). */
export function emailMarkdownToText(filledBody: string): string {
  const text = parseBlocks(filledBody).map(blockText).join('\n\n');
  return applyTypography(text).replace(/[ \t]+$/gm, '').replace(/^\n+/, '').trim();
}
