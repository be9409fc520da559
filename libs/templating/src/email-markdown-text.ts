import { unescapeEntities } from './html-entities';
import { Block, Inline, ListItem } from './markdown-ast';
import { parseBlocks } from './markdown-blocks';
import { parseInline } from './markdown-inline';
import { markdownLines } from './markdown-preprocess';
import { applyTypography } from './typography';
import { trimLineEnds } from './whitespace';

// Plain-text emails are laid out for a 65-character column, as in Notify.
const COLUMN_WIDTH = 65;
const RULE = '=-'.repeat(COLUMN_WIDTH).slice(0, COLUMN_WIDTH);

/** The plain-text part of an email for a filled body: markdown structure spelled out in text. */
export function emailMarkdownToText(filledBody: string): string {
  const text = renderBlocks(parseBlocks(markdownLines(filledBody)));
  return trimLineEnds(unescapeEntities(applyTypography(text))).trim();
}

function renderBlocks(blocks: Block[]): string {
  return blocks.map(renderBlock).join('');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(inlineText(block.text));
    case 'text':
      return inlineText(block.text);
    case 'heading':
      return heading(block.level, inlineText(block.text));
    case 'rule':
      return paragraph(RULE);
    case 'code':
      return block.text;
    case 'quote':
      return renderBlocks(block.children);
    case 'list':
      return list(block.ordered, block.items);
    case 'break':
      return '\n';
  }
}

function paragraph(text: string): string {
  return text.trim() === '' ? '' : `\n\n${text}`;
}

function heading(level: number, text: string): string {
  if (level === 1) return `\n\n\n${text}\n${'='.repeat(COLUMN_WIDTH)}`;
  if (level === 2) return `\n\n\n${text}\n${'-'.repeat(COLUMN_WIDTH)}`;
  return paragraph(text);
}

function list(ordered: boolean, items: ListItem[]): string {
  const lines = items.map((item, index) => `\n${ordered ? `${index + 1}.` : '•'} ${renderBlocks(item.children).trim()}`);
  return `\n${lines.join('')}`;
}

function inlineText(text: string): string {
  return renderInline(parseInline(text));
}

function renderInline(tokens: Inline[]): string {
  return tokens.map(renderToken).join('');
}

function renderToken(token: Inline): string {
  switch (token.kind) {
    case 'text':
      return token.text;
    case 'break':
      return '\n';
    case 'link':
      return `${renderInline(token.children)}${token.title ? ` (${token.title})` : ''}: ${token.url}`;
    case 'autolink':
      return token.url;
  }
}
