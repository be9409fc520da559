import { PLACEHOLDER_PATTERN } from '../placeholder-parser';
import { ATX_HEADING, INSET_START, LIST_BULLET, RULE_LINE, STOCK_QUOTE_START } from '../markdown-patterns';

/**
 * A placeholder in masked text: one private-use character per character of `((name))`, so the
 * placeholder reads as one word (R-CK-3) and no word rule ever matches a placeholder's name.
 */
export const PLACEHOLDER_MARK = '\ue000';

/** `[text](url)` or `[text](<url>)`, in text whose placeholders are masked (they may hold brackets). */
export const MARKDOWN_LINK = /\[([^[\]\n]*)\]\((<[^<>\n]*>|[^()\s]*)\)/g;

const LANGUAGE_MARKER = /\[\[\/?(?:cy|en)\]\]/g;
// As Notify links them: up to whitespace, less the punctuation that usually ends the sentence around it.
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]/gi;
const QR_PREFIX = /^ *qr:/i;

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/** The field with each placeholder masked by PLACEHOLDER_MARK (same length, offsets kept). */
export function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_PATTERN, (placeholder) => placeholder.replace(/[^\n]/g, PLACEHOLDER_MARK));
}

/**
 * The prose of a field, at the same offsets: language markers, a link's brackets and URL, bare
 * URLs, heading hashes, list markers, inset and quote marks, `qr:` and horizontal rules become
 * spaces; placeholders become PLACEHOLDER_MARK. Lines stay where they were.
 */
export function maskedProse(text: string): string {
  const inline = maskPlaceholders(text)
    .replace(LANGUAGE_MARKER, blank)
    .replace(MARKDOWN_LINK, (link: string, linkText: string) => ` ${linkText}${blank(link.slice(linkText.length + 1))}`)
    .replace(BARE_URL, blank);
  return inline.split('\n').map(maskLineMarkup).join('\n');
}

function maskLineMarkup(line: string): string {
  if (RULE_LINE.test(line)) return blank(line);
  const heading = ATX_HEADING.exec(line);
  if (heading) return line.replace(/^ *#+/, blank);
  const marker = INSET_START.test(line) || STOCK_QUOTE_START.test(line) ? /^ *[\^>]/ : QR_PREFIX.test(line) ? QR_PREFIX : LIST_BULLET;
  return line.replace(marker, blank);
}
