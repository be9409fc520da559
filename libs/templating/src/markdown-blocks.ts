import { Block } from './markdown-ast';
import { parseList } from './markdown-list';
import {
  ATX_HEADING,
  FENCE_OPEN,
  INDENTED_CODE,
  INSET_START,
  RULE_LINE,
  SETEXT_UNDERLINE,
  STOCK_LIST_START,
  STOCK_QUOTE_START,
  TABLE_ALIGN_WITH_PIPE,
  TABLE_ALIGN_WITHOUT_PIPE,
  TABLE_HEADER_WITH_PIPE,
  TABLE_HEADER_WITHOUT_PIPE,
} from './markdown-patterns';

/** List items are parsed with fewer rules than a document: no headings, tables or paragraphs. */
export type BlockContext = 'document' | 'list-item';

interface Step {
  blocks: Block[];
  next: number;
}

type Rule = (lines: string[], at: number) => Step | null;

/** Splits prepared lines (see markdownLines) into blocks, trying rules in mistune's order. */
export function parseBlocks(lines: string[], context: BlockContext = 'document'): Block[] {
  const rules = context === 'document' ? DOCUMENT_RULES : LIST_ITEM_RULES;
  const blocks: Block[] = [];
  let at = 0;
  while (at < lines.length) {
    if (lines[at] === '') {
      at++;
      continue;
    }
    const step = firstMatch(rules, lines, at);
    blocks.push(...step.blocks);
    at = step.next;
  }
  return context === 'list-item' ? joinTextLines(blocks) : blocks;
}

function firstMatch(rules: Rule[], lines: string[], at: number): Step {
  for (const rule of rules) {
    const step = rule(lines, at);
    if (step) return step;
  }
  return { blocks: [{ kind: 'text', text: lines[at] }], next: at + 1 };
}

const rule: Rule = (lines, at) => (RULE_LINE.test(lines[at]) ? { blocks: [{ kind: 'rule' }], next: at + 1 } : null);

const indentedCode: Rule = (lines, at) => {
  if (!INDENTED_CODE.test(lines[at])) return null;
  let last = at;
  for (let index = at; index < lines.length && (lines[index] === '' || INDENTED_CODE.test(lines[index])); index++) {
    if (lines[index] !== '') last = index;
  }
  const text = lines
    .slice(at, last + 1)
    .map((line) => line.slice(4))
    .join('\n');
  return { blocks: [{ kind: 'code', text }], next: last + 1 };
};

const fencedCode: Rule = (lines, at) => {
  const open = FENCE_OPEN.exec(lines[at]);
  if (!open) return null;
  for (let index = at + 1; index < lines.length; index++) {
    if (lines[index].trim() === open[1]) {
      const text = lines
        .slice(at + 1, index)
        .join('\n')
        .trimEnd();
      return { blocks: [{ kind: 'code', text }], next: index + 1 };
    }
  }
  return null;
};

const atxHeading: Rule = (lines, at) => {
  const heading = ATX_HEADING.exec(lines[at]);
  if (!heading) return null;
  return { blocks: [{ kind: 'heading', level: heading[1].length, text: heading[2] }], next: at + 1 };
};

// Tables are not supported in emails: Notify drops them entirely.
const table: Rule = (lines, at) => {
  const [header, align] = [lines[at], lines[at + 1] ?? ''];
  const withoutPipe = TABLE_HEADER_WITHOUT_PIPE.test(header) && TABLE_ALIGN_WITHOUT_PIPE.test(align);
  const withPipe = TABLE_HEADER_WITH_PIPE.test(header) && TABLE_ALIGN_WITH_PIPE.test(align);
  if (!withoutPipe && !withPipe) return null;
  let next = at + 2;
  while (next < lines.length && (withoutPipe ? lines[next].includes('|') : lines[next].trimStart().startsWith('|'))) {
    next++;
  }
  return { blocks: [], next };
};

const setextHeading: Rule = (lines, at) => {
  const underline = lines[at + 1];
  if (underline === undefined || !SETEXT_UNDERLINE.test(underline)) return null;
  const level = underline.trim().endsWith('=') ? 1 : 2;
  return { blocks: [{ kind: 'heading', level, text: lines[at].trim() }], next: at + 2 };
};

// Inset text: `^` lines, any lines that follow them without a blank, and further `^` groups.
const inset: Rule = (lines, at) => {
  if (!INSET_START.test(lines[at])) return null;
  let next = at;
  while (next < lines.length && INSET_START.test(lines[next])) {
    while (next < lines.length && lines[next] !== '') next++;
    while (next < lines.length && lines[next] === '') next++;
  }
  const content = lines.slice(at, next).map((line) => line.replace(/^ *\^ ?/, ''));
  return { blocks: [{ kind: 'quote', children: parseBlocks(content) }], next };
};

const list: Rule = (lines, at) => {
  const match = parseList(lines, at, (itemLines) => parseBlocks(itemLines, 'list-item'));
  return match ? { blocks: [match.block], next: match.next } : null;
};

const paragraph: Rule = (lines, at) => {
  let next = at + 1;
  while (next < lines.length && !endsParagraph(lines, next)) next++;
  return { blocks: [{ kind: 'paragraph', text: lines.slice(at, next).join('\n') }], next };
};

function endsParagraph(lines: string[], at: number): boolean {
  const line = lines[at];
  return (
    line === '' ||
    STOCK_LIST_START.test(line) ||
    STOCK_QUOTE_START.test(line) ||
    RULE_LINE.test(line) ||
    ATX_HEADING.test(line) ||
    setextHeading(lines, at) !== null ||
    fencedCode(lines, at) !== null
  );
}

// In a list item each line is text; a blank line before more content leaves a line break.
const textLine: Rule = (lines, at) => {
  let next = at + 1;
  while (next < lines.length && lines[next] === '') next++;
  const blocks: Block[] = [{ kind: 'text', text: lines[at] }];
  if (next > at + 1 && next < lines.length) blocks.push({ kind: 'break' });
  return { blocks, next };
};

function joinTextLines(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (block.kind === 'text' && previous?.kind === 'text') {
      joined[joined.length - 1] = { kind: 'text', text: `${previous.text}\n${block.text}` };
    } else {
      joined.push(block);
    }
  }
  return joined;
}

const DOCUMENT_RULES: Rule[] = [rule, indentedCode, fencedCode, atxHeading, table, setextHeading, inset, list, paragraph];
const LIST_ITEM_RULES: Rule[] = [indentedCode, fencedCode, setextHeading, rule, inset, list, textLine];
