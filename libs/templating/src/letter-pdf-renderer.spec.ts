import { PDFDocument } from 'pdf-lib';
import { pdfText } from '@herald/testing';
import { loadLetterLayout } from './letter-layout';
import { LetterContent, LetterPdfRenderer } from './letter-pdf-renderer';

const A4 = { width: 595.28, height: 841.89 };

const aLetter = (overrides: Partial<LetterContent> = {}): LetterContent => ({
  addressLines: ['Jo Bloggs', '1 High Street', 'Leeds', 'LS1 1AA'],
  contactBlock: 'Passport Office\nPO Box 1\nDurham',
  date: new Date('2026-01-12T10:00:00Z'),
  heading: 'Your passport application',
  body: 'Dear Jo,\n\n* bring your photo\n* bring your form\n\nSee https://www.gov.uk/passport',
  ...overrides,
});

describe('the letter PDF renderer', () => {
  const renderer = new LetterPdfRenderer();

  it('renders an A4 letter with the address, contact block, date, heading, body and page number', async () => {
    const letter = await renderer.render(aLetter());
    expect(letter.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(letter.pageCount).toBe(1);
    expect(letter.tooLong).toBe(false);
    const document = await PDFDocument.load(letter.pdf);
    expect(document.getPageCount()).toBe(1);
    const { width, height } = document.getPage(0).getSize();
    expect(width).toBeCloseTo(A4.width, 0);
    expect(height).toBeCloseTo(A4.height, 0);
    const text = pdfText(letter.pdf);
    for (const line of [
      'Jo Bloggs',
      'LS1 1AA',
      'Passport Office',
      '12 January 2026',
      'Your passport application',
      'bring your photo',
      'www.gov.uk/passport',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('https://');
  });

  it('starts a new page at a page break and numbers every page', async () => {
    const letter = await renderer.render(aLetter({ body: 'Page one\n\n---\n\nPage two' }));
    expect(letter.pageCount).toBe(2);
    const text = pdfText(letter.pdf);
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
  });

  it('flows a long body over more pages and says when a letter is over 10 pages', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of a very long letter that goes on and on.`).join('\n\n');
    const letter = await renderer.render(aLetter({ body: long }));
    expect(letter.pageCount).toBeGreaterThan(10);
    expect(letter.tooLong).toBe(true);
    expect((await PDFDocument.load(letter.pdf)).getPageCount()).toBe(letter.pageCount);
  });

  it('draws a qr: paragraph as a QR code rather than text', async () => {
    const withQr = await renderer.render(aLetter({ body: 'Scan this:\n\nqr: https://www.gov.uk/renew' }));
    const text = pdfText(withQr.pdf);
    expect(text).toContain('Scan this:');
    expect(text).not.toContain('gov.uk/renew');
    // Each dark module is a rectangle in the uncompressed content stream.
    expect((withQr.pdf.toString('latin1').match(/ re\n/g) ?? []).length).toBeGreaterThan(100);
  });

  it('prints Welsh and non-breaking hyphens with the embedded DejaVu Sans font', async () => {
    const letter = await renderer.render(
      aLetter({
        addressLines: ['Rhys ap Gwilym', 'Tŷ Newydd', 'Stoke-on-Trent', 'ST4 4AA'],
        contactBlock: 'Swyddfa Basbort\nTŵr y Dref',
        heading: 'Eich cais: ŵ ŷ Ŵ Ŷ',
        body: 'Annwyl Rhys,\n\nGallwch anfon e-bost atom am ŵ ŷ Ŵ Ŷ.\n\n* ail-wneud y cais',
      }),
    );
    const text = pdfText(letter.pdf);
    for (const line of ['Tŷ Newydd', 'Tŵr y Dref', 'Eich cais: ŵ ŷ Ŵ Ŷ', 'e\u2011bost atom am ŵ ŷ Ŵ Ŷ.', 'ail\u2011wneud y cais']) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('e-bost');
    // Like Notify, only the body gets non-breaking hyphens; a postal address keeps its own.
    expect(text).toContain('Stoke-on-Trent');
    expect(pdfText(letter.pdf, { plainHyphens: true })).toContain('e-bost atom');
    const baseFonts = [...letter.pdf.toString('latin1').matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]);
    expect(new Set(baseFonts)).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
  });

  it('takes its limits from the layout file', () => {
    expect(loadLetterLayout().maxPages).toBe(10);
    expect(loadLetterLayout().address).toMatchObject({ leftMm: 24.6, topMm: 39.5 });
  });
});
