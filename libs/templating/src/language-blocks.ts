/** The languages a bilingual block may be marked with (GC Notify's `[[en]]`/`[[fr]]`, with Welsh). */
export type BlockLanguage = 'cy' | 'en';

/** A variant's language as a template version stores it (`en`, `cy`, `bilingual`; null: ordinary, English). */
export type VariantLanguageInput = 'en' | 'cy' | 'bilingual' | null;

/** A stretch of a bilingual body: a marked block, or the text between blocks (`lang` null). */
export interface LanguageBlock {
  readonly lang: BlockLanguage | null;
  readonly text: string;
}

// Only balanced pairs are blocks, as in GC Notify: an unclosed marker stays as text.
const BLOCK = /\[\[(cy|en)\]\]([\s\S]*?)\[\[\/\1\]\]/g;
const MARKER = /\[\[\/?(?:cy|en)\]\]/g;

/** A bilingual body split into its marked blocks and the (non-blank) text around them, in order. */
export function languageBlocks(content: string): LanguageBlock[] {
  const blocks: LanguageBlock[] = [];
  const loose = (text: string) => {
    if (text.trim() !== '') blocks.push({ lang: null, text });
  };
  let end = 0;
  for (const match of content.matchAll(BLOCK)) {
    loose(content.slice(end, match.index));
    blocks.push({ lang: match[1] as BlockLanguage, text: match[2] });
    end = match.index + match[0].length;
  }
  loose(content.slice(end));
  return blocks;
}

/** Where a marked block's text sits in the body: offsets of the text between its markers, end exclusive. */
export interface LanguageBlockRange {
  readonly lang: BlockLanguage;
  readonly start: number;
  readonly end: number;
}

/** The marked blocks of a bilingual body with their offsets (the template checks point into the body). */
export function languageBlockRanges(content: string): LanguageBlockRange[] {
  return [...content.matchAll(BLOCK)].map((match) => {
    const start = match.index + `[[${match[1]}]]`.length;
    return { lang: match[1] as BlockLanguage, start, end: start + match[2].length };
  });
}

/** A bilingual body without its markers: every text kept, one blank line between blocks (for texts and plain text). */
export function withoutLanguageMarkers(content: string): string {
  return languageBlocks(content)
    .map((block) => block.text.trim())
    .filter((text) => text !== '')
    .join('\n\n');
}

/** A bilingual subject on one line: markers dropped (a space where they were, collapsed later). */
export function subjectWithoutLanguageMarkers(subject: string): string {
  return subject.replace(MARKER, ' ');
}

/** The `<html lang>` of an email: the variant's language; for a bilingual one, that of its first block. */
export function documentLanguage(language: VariantLanguageInput | undefined, content: string): BlockLanguage {
  if (language === 'cy') return 'cy';
  if (language !== 'bilingual') return 'en';
  return languageBlocks(content).find((block) => block.lang !== null)?.lang ?? 'en';
}

/** A stored `language` column narrowed to a variant language; anything else is an ordinary template. */
export function variantLanguage(stored: string | null | undefined): VariantLanguageInput {
  return stored === 'en' || stored === 'cy' || stored === 'bilingual' ? stored : null;
}
