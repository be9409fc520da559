import { MarkdownFormat, renderMarkdown } from './markdown-renderer';
import { applyTypography } from './typography';

/** What a letter body is laid out from: Notify's letter formatting (docs/api-contract.md §13.4) as plain blocks. */
export type LetterBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | { readonly kind: 'page-break' }
  | { readonly kind: 'qr'; readonly data: string };

// Blocks travel through the markdown walker as JSON between separators; a bare URL's protocol is
// kept between markers so a `qr:` paragraph can restore it while printed text leaves it out.
const START = '\u001e';
const END = '\u001f';
const PROTOCOL_START = '\ue000';
const PROTOCOL_END = '\ue001';
const PROTOCOL = new RegExp(`${PROTOCOL_START}([^${PROTOCOL_END}]*)${PROTOCOL_END}`, 'g');
const QR_PARAGRAPH = /^qr:\s*([\s\S]+)$/i;

const encode = (block: LetterBlock): string => `${START}${JSON.stringify(block)}${END}`;
const withoutProtocols = (text: string): string => text.replace(PROTOCOL, '');
const withProtocols = (text: string): string => text.replace(PROTOCOL, '$1');

function decode(rendered: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  const loose: string[] = [];
  for (const part of rendered.split(END)) {
    const [before, json] = part.split(START);
    if (before.trim()) loose.push(before.trim());
    if (json !== undefined) blocks.push(JSON.parse(json) as LetterBlock);
  }
  return loose.length ? [{ kind: 'paragraph', text: loose.join('\n') }, ...blocks] : blocks;
}

/** A list item's text: its blocks' texts on separate lines. */
function itemText(rendered: string): string {
  return decode(rendered)
    .map((block) => ('text' in block ? block.text : 'items' in block ? block.items.join('\n') : ''))
    .filter((text) => text !== '')
    .join('\n');
}

function paragraph(text: string): string {
  if (text.trim() === '') return '';
  const qr = QR_PARAGRAPH.exec(text.trim());
  if (qr) return encode({ kind: 'qr', data: withProtocols(qr[1]).trim() });
  return encode({ kind: 'paragraph', text: withoutProtocols(text) });
}

const LETTER_BLOCKS: MarkdownFormat = {
  paragraph,
  itemText: (text) => text,
  heading: (level, text) => (level === 1 ? encode({ kind: 'heading', text: withoutProtocols(text) }) : paragraph(text)),
  rule: () => encode({ kind: 'page-break' }),
  code: (text) => paragraph(text),
  // `^` inset text is printed as plain paragraphs.
  quote: (rendered) => rendered,
  list: (ordered, items) => encode({ kind: 'list', ordered, items: items.map((item) => withoutProtocols(itemText(item))).filter((i) => i !== '') }),
  blockBreak: () => '',
  text: (text) => text,
  lineBreak: () => '\n',
  // Links are not clickable on paper: the text is followed by where it points.
  link: (url, _title, text) => `${text}: ${PROTOCOL_START}${protocolOf(url)}${PROTOCOL_END}${url.slice(protocolOf(url).length)}`,
  autolink: (url) => `${PROTOCOL_START}${protocolOf(url)}${PROTOCOL_END}${url.slice(protocolOf(url).length)}`,
};

function protocolOf(url: string): string {
  return /^https?:\/\//i.exec(url)?.[0] ?? '';
}

const NON_BREAKING_HYPHEN = '\u2011';

/**
 * Printed text: Notify's typography, then every hyphen-minus left over made a U+2011 NON-BREAKING
 * HYPHEN so a line never breaks inside a hyphenated word (docs/api-contract.md §13.4). Like Notify, this is for
 * the body only: the address, the contact block and the letter's heading (its subject) keep theirs.
 */
const printed = (text: string): string => applyTypography(text).replaceAll('-', NON_BREAKING_HYPHEN);

/** A filled letter body as blocks, with Notify's typography on the printed text (not QR data). */
export function letterBlocks(filledBody: string): LetterBlock[] {
  return decode(renderMarkdown(filledBody, LETTER_BLOCKS)).map((block) => {
    if (block.kind === 'paragraph' || block.kind === 'heading') return { ...block, text: printed(block.text) };
    if (block.kind === 'list') return { ...block, items: block.items.map(printed) };
    return block;
  });
}

export const MAX_QR_CODE_BYTES = 504;

export interface QrCodeTooLong {
  readonly data: string;
  readonly num_bytes: number;
  readonly max_bytes: number;
}

/** The `qr:` paragraphs whose data is too long to make a usable code (docs/api-contract.md §13.4). */
export function qrCodesTooLong(filledBody: string): QrCodeTooLong[] {
  return letterBlocks(filledBody).flatMap((block) => {
    if (block.kind !== 'qr') return [];
    const bytes = Buffer.byteLength(block.data, 'utf8');
    return bytes > MAX_QR_CODE_BYTES ? [{ data: block.data, num_bytes: bytes, max_bytes: MAX_QR_CODE_BYTES }] : [];
  });
}
