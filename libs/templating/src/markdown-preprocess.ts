// "GOV.UK" at the start of a word (optionally after #, * or ^) and not followed by a path.
const GOV_UK = /(^|\s)([#*^]?)(GOV)\.(UK)(?![/?#])/gi;
// U+2028 breaks some email clients and U+3164 (Hangul filler) is an invisible character.
const UNSUPPORTED = /[\u2028\u3164]/g;
// U+2424 is the "symbol for newline" that mistune treats as a newline.
const LINE_ENDING = /\r\n|[\r\n\u2424]/;
const TAB_WIDTH = 4;

/**
 * Lines ready for the markdown parser: GOV.UK kept from being auto-linked by mail clients (a
 * zero-width space after the dot), unsupported characters removed, line endings unified, tabs
 * expanded and whitespace-only lines emptied.
 */
export function markdownLines(filledBody: string): string[] {
  const text = filledBody.replace(GOV_UK, '$1$2$3.\u200b$4').replace(UNSUPPORTED, '');
  return text.split(LINE_ENDING).map((line) => {
    const expanded = expandTabs(line);
    return expanded.trim() === '' ? '' : expanded;
  });
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let result = '';
  for (const character of line) {
    result += character === '\t' ? ' '.repeat(TAB_WIDTH - (result.length % TAB_WIDTH)) : character;
  }
  return result;
}
