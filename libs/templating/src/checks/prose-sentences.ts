import type { CheckedField, ProseLanguage } from './checked-fields';
import { maskedProse, PLACEHOLDER_MARK } from './prose-mask';

export interface ProseWord {
  readonly start: number;
  readonly end: number;
  /** As written in the field (a placeholder as `((name))`). */
  readonly text: string;
  readonly placeholder: boolean;
}

export interface ProseSentence {
  /** 0-based, counting every sentence of the field whatever its language. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly lang: ProseLanguage;
  readonly words: readonly ProseWord[];
}

// Letters, digits and combining marks; an apostrophe, hyphen or full stop inside a word keeps it
// one word (it's, e-mail, e.g, GOV.UK, 1.50), as does a comma between digits (1,000).
const WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}${PLACEHOLDER_MARK}]+(?:(?:['’.\\-\\u2011]|,(?=\\p{N}))[\\p{L}\\p{N}\\p{M}${PLACEHOLDER_MARK}]+)*`, 'gu');
// A full stop, question or exclamation mark (and any closing quote or bracket) before a space or the line's end.
const SENTENCE_END = /[.!?]+['"’”)\]]*(?=\s|$)/g;
// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|mr|mrs|ms|dr|prof|st)$/i;

/**
 * The sentences of a field: markup, URLs and list markers are not words, a placeholder is one
 * word, and a line ends a sentence (a heading, a list item or a line of an address is a sentence
 * of its own, as Notify prints a single line break as a break).
 */
export function proseSentences(field: CheckedField): ProseSentence[] {
  const masked = maskedProse(field.text);
  const sentences: ProseSentence[] = [];
  for (const region of field.regions) {
    for (const line of masked.slice(region.start, region.end).matchAll(/[^\n]+/g)) {
      const lineStart = region.start + line.index;
      for (const [start, end] of sentenceRanges(line[0])) {
        const words = wordsIn(field.text, masked, lineStart + start, lineStart + end);
        if (words.length === 0) continue;
        sentences.push({ index: sentences.length, start: words[0].start, end: lineStart + end, lang: region.lang, words });
      }
    }
  }
  return sentences;
}

/** Offsets within the line of each sentence, its closing punctuation included. */
function sentenceRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const end of line.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(line.slice(start, end.index))) continue;
    const stop = end.index + end[0].length;
    ranges.push([start, stop]);
    start = stop;
  }
  if (line.slice(start).trim() !== '') ranges.push([start, start + line.slice(start).trimEnd().length]);
  return ranges;
}

function wordsIn(text: string, masked: string, start: number, end: number): ProseWord[] {
  return [...masked.slice(start, end).matchAll(WORD)].map((match) => {
    const from = start + match.index;
    const to = from + match[0].length;
    return { start: from, end: to, text: text.slice(from, to), placeholder: match[0].includes(PLACEHOLDER_MARK) };
  });
}

/** The text of a sentence as written in the field. */
export function sentenceText(field: CheckedField, sentence: ProseSentence): string {
  return field.text.slice(sentence.start, sentence.end);
}
