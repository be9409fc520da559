import type { CheckedField } from './checked-fields';
import { maskedProse, PLACEHOLDER_MARK } from './prose-mask';
import type { RuleFinding } from './rule-finding';
import { VERB_CUES, WORDS_TO_AVOID, WordToAvoid } from './words-to-avoid';

interface Matcher {
  readonly entry: WordToAvoid;
  readonly pattern: RegExp;
}

interface Hit {
  readonly entry: WordToAvoid;
  readonly start: number;
  readonly end: number;
}

const WORD_CHARACTER = `[\\p{L}\\p{N}\\p{M}${PLACEHOLDER_MARK}]`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A space in a phrase matches any run of spaces and hyphens (and a hyphen any of those), across a line break too.
const form = (text: string): string =>
  text
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s\\-\\u2011]+');
const anyOf = (forms: readonly string[]): string =>
  `(?:${[...forms]
    .sort((a, b) => b.length - a.length)
    .map(form)
    .join('|')})`;

function matcher(entry: WordToAvoid): Matcher {
  const alternatives = [anyOf(entry.forms)];
  if (entry.verbForms) alternatives.push(`(?<=(?<!${WORD_CHARACTER})${anyOf(VERB_CUES)}\\s+)${anyOf(entry.verbForms)}`);
  const pattern = new RegExp(`(?<!${WORD_CHARACTER})(?:${alternatives.join('|')})(?!${WORD_CHARACTER})`, 'giu');
  return { entry, pattern };
}

// Built at the first check, not at import: compiling them takes a noticeable part of a CLI command that checks nothing.
let matchers: readonly Matcher[] | undefined;
const allMatchers = (): readonly Matcher[] => (matchers ??= WORDS_TO_AVOID.map(matcher));

/**
 * R-CK-1: each word or phrase from the list in the field's English text, with a suggestion. Where
 * two entries overlap ("drive out" and "drive") the longer is kept. Placeholders and URLs never match.
 */
export function wordsToAvoidFindings(field: CheckedField): RuleFinding[] {
  const masked = maskedProse(field.text);
  const english = field.regions.filter((region) => region.lang === 'en');
  const hits: Hit[] = [];
  for (const { entry, pattern } of allMatchers()) {
    for (const match of masked.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (english.some((region) => region.start <= start && end <= region.end)) hits.push({ entry, start, end });
    }
  }
  return withoutOverlaps(hits).map(({ entry, start, end }) => {
    const text = field.text.slice(start, end);
    return {
      rule: 'words-to-avoid',
      field: field.field,
      start,
      end,
      text,
      message: `Avoid "${text}": ${entry.why}`,
      suggestion: entry.suggestion,
    };
  });
}

/** In order of position; of overlapping hits, the longest (then the first) wins. */
function withoutOverlaps(hits: Hit[]): Hit[] {
  const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of byLength) if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}
