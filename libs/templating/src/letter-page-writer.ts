import { LetterBlock } from './letter-blocks';
import { LetterFonts } from './letter-fonts';
import { letterDate, LetterLanguage, pageNumberText } from './letter-language';
import { LetterLayout } from './letter-layout';
import { qrCodeModules } from './letter-qr-code';

export const MM = 72 / 25.4;

/** One language's text of a letter: its heading (subject) and filled body. */
export interface LetterPart {
  readonly language: LetterLanguage;
  readonly heading: string;
  readonly body: string;
}

/** What the first page carries besides the first part. */
export interface LetterFurniture {
  readonly addressLines: readonly string[];
  readonly contactBlock: string | null;
  readonly date: Date;
}

/**
 * Writes one letter's pages into a pdfkit document in a given layout (standard or large print).
 * Text is always left-aligned, never justified: justified text opens uneven gaps between words,
 * which readers with low vision or dyslexia find hard (R-LF-4).
 */
export class LetterPageWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly layout: LetterLayout,
    private readonly fonts: LetterFonts,
  ) {}

  /** The address page: contact block, address in the envelope window, date, then the part's heading. */
  firstPage(furniture: LetterFurniture, part: LetterPart): void {
    const { doc, fonts } = this;
    const { address, contactBlock, date, body } = this.layout;
    if (furniture.contactBlock) {
      doc
        .font(fonts.regular)
        .fontSize(contactBlock.fontSize)
        .text(furniture.contactBlock, contactBlock.leftMm * MM, contactBlock.topMm * MM, {
          width: (contactBlock.rightMm - contactBlock.leftMm) * MM,
          lineGap: contactBlock.lineGap,
          align: 'left',
        });
    }
    doc
      .font(fonts.regular)
      .fontSize(address.fontSize)
      .text(furniture.addressLines.join('\n'), address.leftMm * MM, address.topMm * MM, {
        width: address.widthMm * MM,
        height: address.heightMm * MM,
        lineGap: address.lineGap,
        align: 'left',
      });
    doc.fontSize(date.fontSize).text(letterDate(furniture.date, part.language), date.leftMm * MM, date.topMm * MM, { lineBreak: false });
    this.heading(part.heading, body.topMm * MM);
  }

  /** A later part (the English one of a bilingual letter) starts a page of its own: date, then heading. Returns its page index. */
  nextPart(date: Date, part: LetterPart): number {
    const { doc } = this;
    doc.addPage();
    const top = doc.page.margins.top;
    doc
      .font(this.fonts.regular)
      .fontSize(this.layout.date.fontSize)
      .text(letterDate(date, part.language), this.layout.date.leftMm * MM, top, { lineBreak: false });
    this.heading(part.heading, top + this.layout.date.fontSize * 2);
    return doc.bufferedPageRange().count - 1;
  }

  block(block: LetterBlock): void {
    const { doc, layout } = this;
    const { body, list } = layout;
    const x = doc.page.margins.left;
    doc.font(this.fonts.regular).fontSize(body.fontSize);
    switch (block.kind) {
      case 'page-break':
        doc.addPage();
        return;
      case 'heading':
        this.heading(block.text, doc.y);
        return;
      case 'paragraph':
        doc.text(block.text, x, doc.y, { width: this.width(), lineGap: body.lineGap, align: 'left' });
        break;
      case 'list':
        doc.list([...block.items], x + list.indentMm * MM, doc.y, {
          width: this.width() - list.indentMm * MM,
          lineGap: body.lineGap,
          align: 'left',
          listType: block.ordered ? 'numbered' : 'bullet',
          bulletRadius: list.bulletRadius,
          textIndent: list.indentMm * MM,
        } as PDFKit.Mixins.TextOptions);
        break;
      case 'qr':
        this.qrCode(block.data);
        break;
    }
    doc.y += body.paragraphGapMm * MM;
  }

  /** "Page N of M" (or "Tudalen N o M") on pages `from` to `to` (exclusive), counted within that part. */
  pageNumbers(from: number, to: number, language: LetterLanguage): void {
    const { doc, fonts } = this;
    const { pageNumber } = this.layout;
    for (let i = from; i < to; i += 1) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      doc.page.margins.bottom = 0;
      doc
        .font(fonts.regular)
        .fontSize(pageNumber.fontSize)
        .text(pageNumberText(i - from + 1, to - from, language), doc.page.margins.left, doc.page.height - pageNumber.bottomMm * MM, {
          width: this.width(),
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = bottom;
    }
  }

  private heading(text: string, y: number): void {
    const { heading } = this.layout;
    this.doc.font(this.fonts.bold).fontSize(heading.fontSize).text(text, this.doc.page.margins.left, y, { width: this.width(), align: 'left' });
    this.doc.y += heading.gapAfterMm * MM;
  }

  /** A QR code, kept whole on one page, at the left margin. */
  private qrCode(data: string): void {
    const { doc } = this;
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

  private width(): number {
    const { page } = this.doc;
    return page.width - page.margins.left - page.margins.right;
  }
}
