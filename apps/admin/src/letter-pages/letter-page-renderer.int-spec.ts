import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { aLetterPdf } from '@herald/testing';
import { LetterPageRenderer, NotALetterPdfError } from './letter-page-renderer';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's size, from its IHDR chunk (the first, right after the signature). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('LetterPageRenderer: a letter PDF as PNG page images', () => {
  const renderer = new LetterPageRenderer();
  afterAll(() => renderer.onModuleDestroy());

  it('counts the pages of a one-page letter and reads its text', async () => {
    const letter = await aLetterPdf(1);
    const outline = await renderer.outline(letter.pdf);
    expect(outline.pageCount).toBe(letter.pageCount);
    expect(outline.pageCount).toBe(1);
    expect(outline.texts[0]).toContain('Your appointment');
    expect(outline.texts[0]).toContain('Bring your passport.');
    expect(outline.texts[0]).not.toContain('#');
  });

  it('renders every page of a longer letter as an A4-shaped PNG, and no page past its last', async () => {
    const letter = await aLetterPdf(40);
    expect(letter.pageCount).toBeGreaterThan(1);
    const outline = await renderer.outline(letter.pdf);
    expect(outline.pageCount).toBe(letter.pageCount);
    expect(outline.texts).toHaveLength(letter.pageCount);
    mkdirSync('test-artifacts/screenshots', { recursive: true });
    for (let page = 1; page <= outline.pageCount; page++) {
      const png = await renderer.page(letter.pdf, page);
      expect(png?.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      const { width, height } = pngSize(png!);
      // A4 is 210 by 297 mm: drawn at 2 pixels a point, 1,191 by 1,684 pixels.
      expect(width).toBeGreaterThanOrEqual(1190);
      expect(Math.abs(height / width - 297 / 210)).toBeLessThan(0.01);
      writeFileSync(join('test-artifacts/screenshots', `letter-page-renderer-page-${page}.png`), png!);
    }
    expect(await renderer.page(letter.pdf, outline.pageCount + 1)).toBeNull();
    expect(await renderer.page(letter.pdf, 0)).toBeNull();
  });

  it('answers the same page from its cache the second time', async () => {
    const letter = await aLetterPdf(1);
    const first = await renderer.page(letter.pdf, 1);
    const started = Date.now();
    const again = await renderer.page(letter.pdf, 1);
    expect(again).toBe(first);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('refuses what is not a PDF with a clear error', async () => {
    await expect(renderer.outline(Buffer.from('<html>not a letter</html>'))).rejects.toThrow(
      new NotALetterPdfError('The letter preview is not a PDF: it does not start with %PDF-'),
    );
    await expect(renderer.page(Buffer.from('%PDF-1.7 but nothing else follows'), 1)).rejects.toBeInstanceOf(NotALetterPdfError);
  });
});
