import { Block, ListItem } from './markdown-ast';
import { LIST_BULLET, RULE_LINE } from './markdown-patterns';

/** Parses the content of one list item (the bullet already removed) in list-item context. */
export type ListItemParser = (lines: string[]) => Block[];

export interface ListMatch {
  block: Block;
  next: number;
}

/**
 * A bullet or numbered list starting at `start`, following mistune 0.8's list rule: lines carry
 * on an item until the next bullet at the list's indent; after a blank line the list continues
 * only with an indented line or another bullet followed by a space; a rule ends it.
 */
export function parseList(lines: string[], start: number, parseItem: ListItemParser): ListMatch | null {
  const first = LIST_BULLET.exec(lines[start]);
  if (!first) return null;
  const indent = first[1];
  const end = listEnd(lines, start, indent);
  const rawItems = splitItems(lines.slice(start, end), indent);
  const items = itemLooseness(rawItems).map(({ lines: itemLines, loose }) => listItem(itemLines, loose, parseItem));
  return { block: { kind: 'list', ordered: first[2].endsWith('.'), items }, next: end };
}

function listEnd(lines: string[], start: number, indent: string): number {
  const nextBullet = new RegExp(`^${indent}(?:[•*-]|\\d+\\.) `);
  let last = start;
  let afterBlank = false;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index];
    if (line === '') {
      afterBlank = true;
      continue;
    }
    if (RULE_LINE.test(line)) break;
    if (afterBlank && !line.startsWith(' ') && !nextBullet.test(line)) break;
    afterBlank = false;
    last = index;
  }
  return last + 1;
}

function splitItems(lines: string[], indent: string): string[][] {
  const itemStart = new RegExp(`^${indent}(?:[•*-]|\\d+\\.)`);
  const items: string[][] = [];
  for (const line of lines) {
    if (items.length === 0 || itemStart.test(line)) items.push([line]);
    else items[items.length - 1].push(line);
  }
  return items;
}

// mistune's rule: an item is loose (its text in paragraphs) if it holds a blank line before more
// text, or if a blank line separates it from the item before or after it.
function itemLooseness(rawItems: string[][]): Array<{ lines: string[]; loose: boolean }> {
  let nextIsLoose = false;
  return rawItems.map((itemLines, index) => {
    const raw = itemLines.join('\n');
    let loose = nextIsLoose || /\n\n(?!\s*$)/.test(raw);
    if (index !== rawItems.length - 1) {
      nextIsLoose = raw.endsWith('\n');
      loose = loose || nextIsLoose;
    }
    return { lines: itemLines, loose };
  });
}

function listItem(itemLines: string[], loose: boolean, parseItem: ListItemParser): ListItem {
  const children = parseItem(itemContent(itemLines));
  if (!loose) return { children };
  return { children: children.map((child) => (child.kind === 'text' ? { kind: 'paragraph', text: child.text } : child)) };
}

// Removes the bullet and, when continuation lines are indented, outdents every line by up to the
// bullet's width so nested lists and code line up.
function itemContent(itemLines: string[]): string[] {
  const [first, ...rest] = itemLines;
  const bulletWidth = (LIST_BULLET.exec(first)?.[0] ?? '').length;
  let content = [first.slice(bulletWidth), ...rest];
  if (rest.some((line) => line.startsWith(' '))) {
    const outdent = new RegExp(`^ {1,${bulletWidth}}`);
    content = content.map((line) => line.replace(outdent, ''));
  }
  content[0] = content[0].replace(/^ +/, '');
  while (content.length > 1 && content[content.length - 1] === '') content.pop();
  return content;
}
