import { Block, Inline } from './markdown-ast';
import { parseBlocks } from './markdown-blocks';
import { parseInline } from './markdown-inline';
import { markdownLines } from './markdown-preprocess';

/**
 * What one output format (email HTML, email plain text, letter…) makes of each piece of Notify's
 * markdown. `renderMarkdown` walks the parsed body and asks the format for each piece; arguments
 * named `content` are already rendered in that format.
 */
export interface MarkdownFormat {
  paragraph(content: string): string;
  /** A tight list item's text, shown without a paragraph around it. */
  itemText(content: string): string;
  heading(level: number, content: string): string;
  rule(): string;
  code(text: string): string;
  quote(content: string): string;
  /** Each item's content is rendered and trimmed. */
  list(ordered: boolean, items: string[]): string;
  /** The break Notify leaves between paragraphs of a loose list item. */
  blockBreak(): string;
  text(text: string): string;
  lineBreak(): string;
  link(url: string, title: string | null, content: string): string;
  autolink(url: string): string;
}

/** A filled body in Notify's markdown, rendered in `format`. */
export function renderMarkdown(filledBody: string, format: MarkdownFormat): string {
  return new MarkdownWalk(format).blocks(parseBlocks(markdownLines(filledBody)));
}

class MarkdownWalk {
  constructor(private readonly format: MarkdownFormat) {}

  blocks(blocks: Block[]): string {
    return blocks.map((block) => this.block(block)).join('');
  }

  private block(block: Block): string {
    const format = this.format;
    switch (block.kind) {
      case 'paragraph':
        return format.paragraph(this.inline(block.text));
      case 'text':
        return format.itemText(this.inline(block.text));
      case 'heading':
        return format.heading(block.level, this.inline(block.text));
      case 'rule':
        return format.rule();
      case 'code':
        return format.code(block.text);
      case 'quote':
        return format.quote(this.blocks(block.children));
      case 'list':
        return format.list(
          block.ordered,
          block.items.map((item) => this.blocks(item.children).trim()),
        );
      case 'break':
        return format.blockBreak();
    }
  }

  private inline(text: string): string {
    return this.tokens(parseInline(text));
  }

  private tokens(tokens: Inline[]): string {
    return tokens.map((token) => this.token(token)).join('');
  }

  private token(token: Inline): string {
    switch (token.kind) {
      case 'text':
        return this.format.text(token.text);
      case 'break':
        return this.format.lineBreak();
      case 'link':
        return this.format.link(token.url, token.title, this.tokens(token.children));
      case 'autolink':
        return this.format.autolink(token.url);
    }
  }
}
