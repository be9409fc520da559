import type { CheckedField } from './checked-fields';
import { MARKDOWN_LINK, maskPlaceholders } from './prose-mask';
import type { RuleFinding } from './rule-finding';

/** Link texts that do not say where the link goes (Notify's guidance on links). */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  'click here',
  'here',
  'this link',
  'click link',
  'more',
  'read more',
  'link',
  // The same in Welsh, for Welsh variants and blocks.
  'cliciwch yma',
  'yma',
  'y ddolen hon',
  'mwy',
  'darllen mwy',
  'dolen',
]);

/** R-CK-2: each markdown link whose text, lower-cased and trimmed, is one of VAGUE_LINK_TEXTS. */
export function linkTextFindings(field: CheckedField): RuleFinding[] {
  return [...maskPlaceholders(field.text).matchAll(MARKDOWN_LINK)].flatMap((match) => {
    const raw = field.text.slice(match.index + 1, match.index + 1 + match[1].length);
    if (!VAGUE_LINK_TEXTS.has(raw.trim().toLowerCase())) return [];
    const start = match.index + 1 + (raw.length - raw.trimStart().length);
    const text = raw.trim();
    return [
      {
        rule: 'link-text',
        field: field.field,
        start,
        end: start + text.length,
        text,
        message: `The link text "${text}" does not say where the link goes`,
        suggestion: 'Use words that say where the link goes or what it does, for example "Apply for a licence"',
      },
    ];
  });
}
