import { pdfText, pdfTextRunDetails, PdfTextRun } from '@herald/testing';
import { loadLetterLayout } from './letter-layout';
import { LetterContent, LetterPdfRenderer } from './letter-pdf-renderer';

const renderer = new LetterPdfRenderer();
const layout = loadLetterLayout();
const LEFT_MARGIN = (layout.page.marginLeftMm * 72) / 25.4;

const PARAGRAPH = 'Your passport application has been received and will be checked by one of our officers within the next few weeks.';
const aLetter = (overrides: Partial<LetterContent> = {}): LetterContent => ({
  addressLines: ['Jo Bloggs', '1 High Street', 'Leeds', 'LS1 1AA'],
  contactBlock: 'Passport Office\nPO Box 1\nDurham',
  date: new Date('2026-01-12T10:00:00Z'),
  heading: 'Your passport application',
  body: `Dear Jo,\n\n${PARAGRAPH} ${PARAGRAPH}\n\n# What happens next\n\n${PARAGRAPH}`,
  ...overrides,
});

/** The runs of the body's paragraphs (not the heading, date, address or page numbers). */
const bodyRuns = (runs: PdfTextRun[]) =>
  runs.filter((run) => /Dear Jo|passport application has|received|officers|within|weeks/.test(run.text) && run.text !== 'Your passport application');

describe('large-print letters (R-LF-4)', () => {
  it('R-LF-4: the large-print body is at least 16 pt, headings larger, while the standard letter keeps its size', async () => {
    const large = pdfTextRunDetails((await renderer.render(aLetter({ largePrint: true }))).pdf);
    const standard = pdfTextRunDetails((await renderer.render(aLetter())).pdf);
    const largeBody = bodyRuns(large);
    expect(largeBody.length).toBeGreaterThan(2);
    for (const run of largeBody) expect(run.fontSize).toBeGreaterThanOrEqual(16);
    const heading = (runs: PdfTextRun[]) => runs.find((run) => run.text === 'What happens next')!.fontSize;
    expect(heading(large)).toBeGreaterThan(16);
    for (const run of bodyRuns(standard)) expect(run.fontSize).toBe(layout.body.fontSize);
    expect(heading(standard)).toBe(layout.heading.fontSize);
  });

  it('R-LF-4: large-print text is left-aligned and never justified', async () => {
    const runs = bodyRuns(pdfTextRunDetails((await renderer.render(aLetter({ largePrint: true }))).pdf));
    expect(runs.length).toBeGreaterThan(2);
    for (const run of runs) {
      expect(run.x).toBeCloseTo(LEFT_MARGIN, 1);
      // Justified text is spread by widening each space (pdfkit writes a large TJ adjustment per word gap);
      // left-aligned text has only kerning, tens of units at most, and keeps its spaces as glyphs.
      expect(run.adjustments.every((adjustment) => Math.abs(adjustment) < 150)).toBe(true);
      expect(run.text).toContain(' ');
    }
  });

  it('R-LF-4: a large-print letter keeps the same furniture: address, contact block, date, heading and page numbers', async () => {
    const letter = await renderer.render(aLetter({ largePrint: true }));
    const text = pdfText(letter.pdf);
    for (const line of ['Jo Bloggs', 'LS1 1AA', 'Passport Office', 'Durham', '12 January 2026', 'Your passport application', 'What happens next']) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/Page 1 of \d/);
    expect(letter.pageCount).toBeGreaterThanOrEqual(1);
  });

  it('R-LF-4: a bilingual letter can be large print too', async () => {
    const letter = await renderer.render(aLetter({ largePrint: true, welsh: { subject: 'Eich cais', content: `Annwyl Jo,\n\n${PARAGRAPH}` } }));
    const runs = pdfTextRunDetails(letter.pdf);
    expect(runs.find((run) => run.text === 'Annwyl Jo,')?.fontSize).toBeGreaterThanOrEqual(16);
    expect(pdfText(letter.pdf)).toContain('Tudalen 1 o');
  });
});
