/*
 * Straight quotes to curly ones, following the rules of SmartyPants (which Notify runs with its
 * "quotes" and "Unicode output" options). Python's \w and \b are Unicode-aware, hence \p{...}.
 */
const WORD = '[\\p{L}\\p{N}_]';
// A quote after one of these characters closes; after whitespace or an opening bracket it opens.
const CLOSING_CONTEXT = '[^ \\t\\r\\n\\[{(\\-]';
const OPENING_CONTEXT = '(\\s|&nbsp;|--|&[mn]dash;|&#8211;|&#8212;|&#x201[34];)';
const NOT_WORD_AFTER_S = `s(?!${WORD})`;

const STRAIGHT_QUOTE = /['"]/;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // A double and a single quote together before a word open both.
  [new RegExp(`"'(?=${WORD})`, 'gu'), '\u201c\u2018'],
  [new RegExp(`'"(?=${WORD})`, 'gu'), '\u2018\u201c'],
  // Decade abbreviations straight after a word character ('80s).
  [new RegExp(`(?<=${WORD})'(?=\\d{2}s)`, 'gu'), '\u2019'],
  [new RegExp(`${OPENING_CONTEXT}'(?=${WORD})`, 'gu'), '$1\u2018'],
  [new RegExp(`(${CLOSING_CONTEXT})'(?!\\s|${NOT_WORD_AFTER_S}|\\d)`, 'gu'), '$1\u2019'],
  [new RegExp(`(${CLOSING_CONTEXT})'(\\s|${NOT_WORD_AFTER_S})`, 'gu'), '$1\u2019$2'],
  [/'/g, '\u2018'],
  [new RegExp(`${OPENING_CONTEXT}"(?=${WORD})`, 'gu'), '$1\u201c'],
  [/"(?=\s)/g, '\u201d'],
  [new RegExp(`(${CLOSING_CONTEXT})"`, 'gu'), '$1\u201d'],
  [/"/g, '\u201c'],
];

/**
 * Curls the quotes in one run of text. A run that is a lone quote (between two HTML tags) takes
 * its direction from the last character of the previous run.
 */
export function educateQuotes(text: string, previousCharacter = ''): string {
  if (text === "'") return /\S/.test(previousCharacter) ? '\u2019' : '\u2018';
  if (text === '"') return /\S/.test(previousCharacter) ? '\u201d' : '\u201c';
  // Every rule needs a straight quote: most runs of text have none, and skip all eleven passes.
  if (!STRAIGHT_QUOTE.test(text)) return text;
  return RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}
