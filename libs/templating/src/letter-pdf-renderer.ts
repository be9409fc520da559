import PDFDocument from 'pdfkit';
import { UK_TIME_ZONE } from '@herald/domain';
import { LetterBlock, letterBlocks } from './letter-blocks';
import { LetterLayout, loadLetterLayout } from './letter-layout';
import { qrCodeModules } from './letter-qr-code';
import { LetterFonts, loadLetterFonts } from './letter-fonts';

const MM = 72 / 25.4;
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });

/** Everything printed on a letter, already filled with personalisation. */
export interface LetterContent {
  readonly addressLines: readonly string[];
  readonly contactBlock: string | null;
  readonly date: Date;
  readonly heading: string;
  /** The filled body in Notify's markdown. */
  readonly body: string;
}

export interface RenderedLetter {
  readonly pdf: Buffer;
  readonly pageCount: number;
  /** More pages than a letter may have: the letter fails validation instead of being printed. */
  readonly tooLong: boolean;
}

/**
 * Lays a letter out on A4 with pdfkit: address in the envelope window, contact block top right,
 * date, heading, the body's blocks, "Page N of M" on every page. Text is left uncompressed so the
 * PDF can be searched. The layout file is read once.
 */
export class LetterPdfRenderer {
  private readonly fonts: LetterFonts;

  constructor(private readonly layout: LetterLayout = loadLetterLayout()) {
    this.fonts = loadLetterFonts(layout);
  }

  async render(letter: LetterContent): Promise<RenderedLetter> {
    const { layout } = this;
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
    this.firstPage(doc, letter);
    for (const block of letterBlocks(letter.body)) this.block(doc, block);
    const pageCount = doc.bufferedPageRange().count;
    this.pageNumbers(doc, pageCount);
    doc.end();
    return { pdf: await done, pageCount, tooLong: pageCount > layout.maxPages };
  }

  private firstPage(doc: PDFKit.PDFDocument, letter: LetterContent): void {
    const { address, contactBlock, date, body, heading } = this.layout;
    if (letter.contactBlock) {
      doc
        .font(this.fonts.regular)
        .fontSize(contactBlock.fontSize)
        .text(letter.contactBlock, contactBlock.leftMm * MM, contactBlock.topMm * MM, {
          width: (contactBlock.rightMm - contactBlock.leftMm) * MM,
          lineGap: contactBlock.lineGap,
        });
    }
    doc
      .font(this.fonts.regular)
      .fontSize(address.fontSize)
      .text(letter.addressLines.join('\n'), address.leftMm * MM, address.topMm * MM, {
        width: address.widthMm * MM,
        height: address.heightMm * MM,
        lineGap: address.lineGap,
      });
    doc.fontSize(date.fontSize).text(LONDON_DATE.format(letter.date), date.leftMm * MM, date.topMm * MM, { lineBreak: false });
    doc
      .font(this.fonts.bold)
      .fontSize(heading.fontSize)
      .text(letter.heading, doc.page.margins.left, body.topMm * MM, { width: this.width(doc) });
    doc.y += heading.gapAfterMm * MM;
  }

  private block(doc: PDFKit.PDFDocument, block: LetterBlock): void {
    const { body, list, heading } = this.layout;
    const x = doc.page.margins.left;
    doc.font(this.fonts.regular).fontSize(body.fontSize);
    switch (block.kind) {
      case 'page-break':
        doc.addPage();
        return;
      case 'heading':
        doc
          .font(this.fonts.bold)
          .fontSize(heading.fontSize)
          .text(block.text, x, doc.y, { width: this.width(doc) });
        doc.y += heading.gapAfterMm * MM;
        return;
      case 'paragraph':
        doc.text(block.text, x, doc.y, { width: this.width(doc), lineGap: body.lineGap });
        break;
      case 'list':
        doc.list([...block.items], x + list.indentMm * MM, doc.y, {
          width: this.width(doc) - list.indentMm * MM,
          lineGap: body.lineGap,
          listType: block.ordered ? 'numbered' : 'bullet',
          bulletRadius: list.bulletRadius,
          textIndent: list.indentMm * MM,
        } as PDFKit.Mixins.TextOptions);
        break;
      case 'qr':
        this.qrCode(doc, block.data);
        break;
    }
    doc.y += body.paragraphGapMm * MM;
  }

  /** A QR code, kept whole on one page, at the left margin. */
  private qrCode(doc: PDFKit.PDFDocument, data: string): void {
    const modules = qrCodeModules(data);
    const size = this.layout.qrCode.sizeMm * MM;
    if (doc.y + size > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const cell = size / modules.length;
    const [left, top] = [doc.page.margins.left, doc.y];
    modules.forEach((row, r) =>
      row.forEach((dark, c) => {
        if (dark) doc.rect(left + c * cell, top + r * cell, cell, cell);
      }),
    );
    doc.fillColor('black').fill();
    doc.x = left;
    doc.y = top + size;
  }

  private pageNumbers(doc: PDFKit.PDFDocument, pageCount: number): void {
    const { pageNumber } = this.layout;
    const { fonts } = this;
    for (let i = 0; i < pageCount; i += 1) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      doc.page.margins.bottom = 0;
      doc
        .font(fonts.regular)
        .fontSize(pageNumber.fontSize)
        .text(`Page ${i + 1} of ${pageCount}`, doc.page.margins.left, doc.page.height - pageNumber.bottomMm * MM, {
          width: this.width(doc),
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = bottom;
    }
  }

  private width(doc: PDFKit.PDFDocument): number {
    return doc.page.width - doc.page.margins.left - doc.page.margins.right;
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
