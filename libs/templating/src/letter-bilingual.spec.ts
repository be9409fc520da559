import { pdfText, pdfTextRunDetails } from '@herald/testing';
import { letterDate } from './letter-language';
import { LetterContent, LetterPdfRenderer } from './letter-pdf-renderer';

const renderer = new LetterPdfRenderer();

const aBilingualLetter = (overrides: Partial<LetterContent> = {}): LetterContent => ({
  addressLines: ['Rhys ap Gwilym', 'Tŷ Newydd', 'Caerdydd', 'CF10 1AA'],
  contactBlock: 'Swyddfa Basbort\nPassport Office',
  date: new Date('2026-12-04T10:00:00Z'),
  heading: 'Your passport application',
  body: 'Dear Rhys,\n\nYour passport is ready.',
  welsh: { subject: 'Eich cais am basbort', content: 'Annwyl Rhys,\n\nMae eich pasbort yn barod. Dŵr a thŷ.' },
  ...overrides,
});

describe('bilingual letters (R-LF-1)', () => {
  it('R-LF-1: a bilingual letter prints the Welsh pages first, with the Welsh date and "Tudalen x o y", then the English pages', async () => {
    const letter = await renderer.render(aBilingualLetter());
    const text = pdfText(letter.pdf);
    expect(text.indexOf('Eich cais am basbort')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Eich cais am basbort')).toBeLessThan(text.indexOf('Your passport application'));
    expect(text).toContain('Tudalen 1 o 1');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Mae eich pasbort yn barod. Dŵr a thŷ.');

    const runs = pdfTextRunDetails(letter.pdf);
    const pageOf = (needle: string) => runs.find((run) => run.text.includes(needle))?.page;
    expect(pageOf('4 Rhagfyr 2026')).toBe(0);
    expect(pageOf('Tudalen 1 o 1')).toBe(0);
    expect(pageOf('Rhys ap Gwilym')).toBe(0);
    expect(pageOf('Your passport application')).toBe(1);
    expect(pageOf('4 December 2026')).toBe(1);
    expect(pageOf('Page 1 of 1')).toBe(1);
    // One address block, on the first page only.
    expect(runs.filter((run) => run.text.includes('Rhys ap Gwilym'))).toHaveLength(1);
    expect(letter.pageCount).toBe(2);
  });

  it('R-LF-1: each language numbers its own pages and the page count covers both', async () => {
    const letter = await renderer.render(
      aBilingualLetter({ welsh: { subject: 'Pennawd', content: 'Tudalen un\n\n---\n\nTudalen dau' }, body: 'One\n\n---\n\nTwo\n\n---\n\nThree' }),
    );
    expect(letter.pageCount).toBe(5);
    const text = pdfText(letter.pdf);
    for (const line of ['Tudalen 1 o 2', 'Tudalen 2 o 2', 'Page 1 of 3', 'Page 3 of 3']) expect(text).toContain(line);
    expect(text).not.toContain('Page 4');
  });

  it('R-LF-1: the Welsh date uses the Welsh month name in UK time', () => {
    expect(letterDate(new Date('2026-12-04T10:00:00Z'), 'cy')).toBe('4 Rhagfyr 2026');
    expect(letterDate(new Date('2026-06-30T23:30:00Z'), 'cy')).toBe('1 Gorffennaf 2026');
    expect(letterDate(new Date('2026-01-12T10:00:00Z'), 'cy')).toBe('12 Ionawr 2026');
    expect(letterDate(new Date('2026-12-04T10:00:00Z'), 'en')).toBe('4 December 2026');
  });

  it('R-LF-1: a letter without Welsh text is English only', async () => {
    const text = pdfText((await renderer.render(aBilingualLetter({ welsh: null }))).pdf);
    expect(text).not.toContain('Tudalen');
    expect(text).not.toContain('Rhagfyr');
    expect(text).toContain('Page 1 of 1');
  });
});
