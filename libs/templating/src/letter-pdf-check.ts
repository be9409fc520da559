import type { PDFDocument } from 'pdf-lib';

/** What Notify accepts for print (docs/api-contract.md §12.4): at most 5 MB, 10 pages, every page A4 portrait. */
export const MAX_PRECOMPILED_BYTES = 5 * 1024 * 1024;
const MAX_PAGES = 10;
const A4 = { width: 595.28, height: 841.89 };
const TOLERANCE_POINTS = 2;

export type PdfCheck = { ok: true; pageCount: number } | { ok: false; reason: string };

/** Checks an uploaded letter with pdf-lib; the reason is for logs, never shown to the sender. */
export async function checkPrecompiledPdf(bytes: Buffer): Promise<PdfCheck> {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > MAX_PRECOMPILED_BYTES) return { ok: false, reason: `the file is ${bytes.length} bytes, over ${MAX_PRECOMPILED_BYTES}` };
  let document: PDFDocument;
  try {
    // Loaded here, not at the top: whatever imports libs/templating (the CLI's checks) need not load pdf-lib.
    const pdfLib = await import('pdf-lib');
    document = await pdfLib.PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    return { ok: false, reason: `not a readable PDF (${(error as Error).message})` };
  }
  const pages = document.getPages();
  if (pages.length === 0) return { ok: false, reason: 'the PDF has no pages' };
  if (pages.length > MAX_PAGES) return { ok: false, reason: `the PDF has ${pages.length} pages, over ${MAX_PAGES}` };
  const notA4 = pages.findIndex((page) => {
    const { width, height } = page.getSize();
    return Math.abs(width - A4.width) > TOLERANCE_POINTS || Math.abs(height - A4.height) > TOLERANCE_POINTS;
  });
  if (notA4 >= 0) return { ok: false, reason: `page ${notA4 + 1} is not A4 portrait` };
  return { ok: true, pageCount: pages.length };
}
