import { escapeAttribute, escapeHtml } from './html-entities';
import { linkHref } from './link-url';
import { Block, Inline, ListItem } from './markdown-ast';
import { parseBlocks } from './markdown-blocks';
import { parseInline } from './markdown-inline';
import { markdownLines } from './markdown-preprocess';
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
import { applyHtmlTypography } from './typography';

/**
 * The HTML fragment for a filled email body, in Notify's restricted markdown. All text is
 * escaped here (existing `&amp;` and `&nbsp;` kept), so values can never inject markup.
 */
export function emailMarkdownToHtml(filledBody: string): string {
  return applyHtmlTypography(renderBlocks(parseBlocks(markdownLines(filledBody))));
}

function renderBlocks(blocks: Block[]): string {
  return blocks.map(renderBlock).join('');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(inlineHtml(block.text));
    case 'text':
      return inlineHtml(block.text);
    case 'heading':
      return heading(block.level, inlineHtml(block.text));
    case 'rule':
      return `<hr style="${RULE_STYLE}">`;
    case 'code':
      return escapeHtml(block.text);
    case 'quote':
      return `<blockquote style="${INSET_STYLE}">${renderBlocks(block.children)}</blockquote>`;
    case 'list':
      return list(block.ordered, block.items);
    case 'break':
      return '<br>';
  }
}

function paragraph(html: string): string {
  return html.trim() === '' ? '' : `<p style="${PARAGRAPH_STYLE}">${html}</p>`;
}

// `#` is the largest heading a body may have (the subject is above it), so it renders as <h2>.
function heading(level: number, html: string): string {
  if (level === 1) return `<h2 style="${HEADING_STYLE}">${html}</h2>`;
  if (level === 2) return `<h3 style="${SUBHEADING_STYLE}">${html}</h3>`;
  return paragraph(html);
}

function list(ordered: boolean, items: ListItem[]): string {
  const [tag, style] = ordered ? ['ol', NUMBER_LIST_STYLE] : ['ul', BULLET_LIST_STYLE];
  const body = items.map((item) => `<li style="${LIST_ITEM_STYLE}">${renderBlocks(item.children).trim()}</li>`).join('');
  return (
    `<table role="presentation" style="${LIST_TABLE_STYLE}"><tr><td style="${LIST_CELL_STYLE}">` +
    `<${tag} style="${style}">${body}</${tag}></td></tr></table>`
  );
}

function inlineHtml(text: string): string {
  return renderInline(parseInline(text));
}

function renderInline(tokens: Inline[]): string {
  return tokens.map(renderToken).join('');
}

function renderToken(token: Inline): string {
  switch (token.kind) {
    case 'text':
      return escapeHtml(token.text);
    case 'break':
      return '<br>';
    case 'link': {
      const title = token.title ? ` title="${escapeAttribute(token.title)}"` : '';
      return `<a style="${LINK_STYLE}" href="${escapeAttribute(linkHref(token.url))}"${title}>${renderInline(token.children)}</a>`;
    }
    case 'autolink':
      return `<a style="${LINK_STYLE}" href="${escapeAttribute(linkHref(token.url))}">${escapeHtml(token.url)}</a>`;
  }
}
