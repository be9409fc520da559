import { PDFDocument, PageSizes } from 'pdf-lib';
import { checkPrecompiledPdf } from './letter-pdf-check';

async function aPdf(pages: number, size: [number, number] = PageSizes.A4): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) document.addPage(size);
  return Buffer.from(await document.save());
}

describe('checking a precompiled letter', () => {
  it('accepts an A4 PDF of up to 10 pages and counts its pages', async () => {
    expect(await checkPrecompiledPdf(await aPdf(3))).toEqual({ ok: true, pageCount: 3 });
    expect(await checkPrecompiledPdf(await aPdf(10))).toEqual({ ok: true, pageCount: 10 });
  });

  it('refuses a file that is not a PDF', async () => {
    expect(await checkPrecompiledPdf(Buffer.from('hello, not a pdf'))).toMatchObject({ ok: false });
    expect(await checkPrecompiledPdf(Buffer.alloc(0))).toEqual({ ok: false, reason: 'the file is empty' });
  });

  it('refuses more than 10 pages', async () => {
    expect(await checkPrecompiledPdf(await aPdf(11))).toEqual({ ok: false, reason: 'the PDF has 11 pages, over 10' });
  });

  it('refuses pages that are not A4', async () => {
    expect(await checkPrecompiledPdf(await aPdf(1, PageSizes.Letter))).toEqual({ ok: false, reason: 'page 1 is not A4 portrait' });
  });
});
