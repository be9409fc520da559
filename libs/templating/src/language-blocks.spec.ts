import { documentLanguage, languageBlockRanges, languageBlocks, variantLanguage, withoutLanguageMarkers } from './language-blocks';

describe('language blocks', () => {
  it('splits a bilingual body into its blocks and the text around them', () => {
    expect(languageBlocks('Intro\n[[cy]]Helo[[/cy]]\n\n[[en]]Hello[[/en]]')).toEqual([
      { lang: null, text: 'Intro\n' },
      { lang: 'cy', text: 'Helo' },
      { lang: 'en', text: 'Hello' },
    ]);
  });

  it('gives the offsets of the text of each block in the body', () => {
    const body = 'Intro\n[[cy]]Helo[[/cy]]\n\n[[en]]Hello[[/en]] [[cy]]open';
    const ranges = languageBlockRanges(body);
    expect(ranges.map((range) => [range.lang, body.slice(range.start, range.end)])).toEqual([
      ['cy', 'Helo'],
      ['en', 'Hello'],
    ]);
  });

  it('leaves an unbalanced marker as text', () => {
    expect(languageBlocks('[[cy]]Helo[[/en]]')).toEqual([{ lang: null, text: '[[cy]]Helo[[/en]]' }]);
  });

  it('drops the markers and keeps both texts a blank line apart', () => {
    expect(withoutLanguageMarkers('[[cy]]\nHelo\n[[/cy]]\n[[en]]\nHello\n[[/en]]')).toBe('Helo\n\nHello');
  });

  it('gives the document language of each variant', () => {
    expect(documentLanguage('cy', '')).toBe('cy');
    expect(documentLanguage(null, '[[cy]]x[[/cy]]')).toBe('en');
    expect(documentLanguage('bilingual', 'intro [[en]]x[[/en]][[cy]]y[[/cy]]')).toBe('en');
  });

  it('narrows a stored language column', () => {
    expect(variantLanguage('bilingual')).toBe('bilingual');
    expect(variantLanguage('fr')).toBeNull();
    expect(variantLanguage(null)).toBeNull();
  });
});
