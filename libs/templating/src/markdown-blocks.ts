/**
 * Notify's restricted markdown, as blocks. Most of markdown is switched off: only headings,
 * lists, inset text, rules and paragraphs (with hard line breaks) exist.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'inset'; lines: string[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbers'; items: string[] }
  | { kind: 'rule' };

const RULE = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
const HEADING = /^\s*(#+)\s?(.*)$/;
const BULLET = /^\s*[*\-•]\s?(.*)$/;
const NUMBER = /^\s*\d+\.\s?(.*)$/;
const INSET = /^\s*\^\s?(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

type LineKind = 'blank' | 'rule' | 'heading' | 'bullets' | 'numbers' | 'inset' | 'paragraph' | 'skip';

function kindOf(line: string): LineKind {
  if (line.trim() === '') return 'blank';
  if (RULE.test(line)) return 'rule';
  if (HEADING.test(line)) return 'heading';
  if (TABLE_ROW.test(line)) return 'skip';
  if (BULLET.test(line)) return 'bullets';
  if (NUMBER.test(line)) return 'numbers';
  if (INSET.test(line)) return 'inset';
  return 'paragraph';
}

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/[\u2028\u3164]/g, '').split('\n');
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const line of lines) {
    const kind = kindOf(line);
    if (kind === 'blank' || kind === 'skip') {
      open = null;
      continue;
    }
    if (kind === 'rule') {
      blocks.push({ kind: 'rule' });
      open = null;
    } else if (kind === 'heading') {
      const [, hashes, text] = HEADING.exec(line)!;
      blocks.push(hashes.length <= 2 ? { kind: 'heading', level: hashes.length as 1 | 2, text: text.trim() } : { kind: 'paragraph', lines: [text.trim()] });
      open = null;
    } else {
      const text = kind === 'bullets' ? BULLET.exec(line)![1] : kind === 'numbers' ? NUMBER.exec(line)![1] : kind === 'inset' ? INSET.exec(line)![1] : line;
      open = appendTo(blocks, open, kind, text.trim());
    }
  }
  return blocks;
}

function appendTo(blocks: Block[], open: Block | null, kind: 'bullets' | 'numbers' | 'inset' | 'paragraph', text: string): Block {
  if (open && open.kind === kind) {
    if (open.kind === 'bullets' || open.kind === 'numbers') open.items.push(text);
    else if (open.kind === 'inset' || open.kind === 'paragraph') open.lines.push(text);
    return open;
  }
  const block: Block = kind === 'bullets' || kind === 'numbers' ? { kind, items: [text] } : { kind, lines: [text] };
  blocks.push(block);
  return block;
}
