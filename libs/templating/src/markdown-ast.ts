/** Inline content of Notify's email markdown: emphasis, code spans and images do not exist. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'link'; url: string; title: string | null; children: Inline[] }
  | { kind: 'autolink'; url: string };

/**
 * Blocks of Notify's email markdown. `text` is list-item text shown without a paragraph (a tight
 * item); `break` is the line break Notify leaves between paragraphs of a loose list item.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'rule' }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; children: Block[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'break' };

export interface ListItem {
  children: Block[];
}
