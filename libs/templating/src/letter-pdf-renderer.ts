import { letterBlocks } from './letter-blocks';
import { LetterFonts, loadLetterFonts } from './letter-fonts';
import { largePrintLayout, LetterLayout, loadLetterLayout } from './letter-layout';
import { LetterPageWriter, LetterPart, MM } from './letter-page-writer';

/** Everything printed on a letter, already filled with personalisation. */
export interface LetterContent {
  readonly addressLines: readonly string[];
  readonly contactBlock: string | null;
  readonly date: Date;
  readonly heading: string;
  /** The filled body in Notify's markdown. */
  readonly body: string;
  /**
   * A bilingual letter's filled Welsh heading and body (R-LF-1): printed first, with the Welsh date
   * and "Tudalen x o y", then the English pages, in one PDF. Null or absent: English only.
   */
  readonly welsh?: { readonly subject: string; readonly content: string } | null;
  /** R-LF-4: the same content in the large-print layout (16 pt and more, left-aligned). */
  readonly largePrint?: boolean;
}

export interface RenderedLetter {
  readonly pdf: Buffer;
  /** All pages, both languages of a bilingual letter included: what is printed and billed. */
  readonly pageCount: number;
  /** More pages than a letter may have: the letter fails validation instead of being printed. */
  readonly tooLong: boolean;
}

/** A letter's parts in print order: the Welsh part first when there is one (Notify's `welsh_then_english`). */
export function letterParts(letter: LetterContent): LetterPart[] {
  const english: LetterPart = { language: 'en', heading: letter.heading, body: letter.body };
  return letter.welsh ? [{ language: 'cy', heading: letter.welsh.subject, body: letter.welsh.content }, english] : [english];
}

/**
 * Lays a letter out on A4 with pdfkit: address in the envelope window, contact block top right,
 * date, heading, the body's blocks, "Page N of M" on every page. Text is left uncompressed so the
 * PDF can be searched. The layout file is read once.
 */
export class LetterPdfRenderer {
  /** Parsed at the first render, once. */
  private fonts?: Promise<LetterFonts>;
  private readonly largePrint: LetterLayout;

  constructor(private readonly layout: LetterLayout = loadLetterLayout()) {
    this.largePrint = largePrintLayout(layout);
  }

  async render(letter: LetterContent): Promise<RenderedLetter> {
    const layout = letter.largePrint ? this.largePrint : this.layout;
    // Loaded at the first render, not at the top: whatever imports libs/templating (the CLI's checks) need not load pdfkit.
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({
      size: 'A4',
      compress: false,
      bufferPages: true,
      margins: {
        top: layout.page.marginTopMm * MM,
        bottom: layout.page.marginBottomMm * MM,
        left: layout.page.marginLeftMm * MM,
        right: layout.page.marginRightMm * MM,
      },
      info: { Title: letter.heading, Producer: 'Herald', Creator: 'Herald' },
    });
    const done = collect(doc);
    const writer = new LetterPageWriter(doc, layout, await (this.fonts ??= loadLetterFonts(this.layout)));
    const parts = letterParts(letter);
    const starts = parts.map((part, index) => {
      const start = index === 0 ? 0 : writer.nextPart(letter.date, part);
      if (index === 0) writer.firstPage(letter, part);
      for (const block of letterBlocks(part.body)) writer.block(block);
      return start;
    });
    const pageCount = doc.bufferedPageRange().count;
    parts.forEach((part, index) => writer.pageNumbers(starts[index], starts[index + 1] ?? pageCount, part.language));
    doc.end();
    return { pdf: await done, pageCount, tooLong: pageCount > layout.maxPages };
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
