import type { LetterLayout } from './letter-layout';

/** What pdfkit's `doc.font()` takes: a standard PDF font name, or a font fontkit has already parsed. */
export type LetterFont = PDFKit.Mixins.PDFFontSource;

export interface LetterFonts {
  readonly regular: LetterFont;
  readonly bold: LetterFont;
}

/**
 * The layout's fonts, each font file parsed once. pdfkit would otherwise read and parse the file
 * again for every letter, which made rendering about three times slower with DejaVu Sans.
 */
export async function loadLetterFonts(layout: LetterLayout): Promise<LetterFonts> {
  // fontkit is loaded here, not at the top: whatever imports libs/templating (the CLI's checks) need not load it.
  const { openSync } = await import('fontkit');
  const loadFont = (nameOrFile: string): LetterFont => {
    if (!/\.(ttf|otf)$/i.test(nameOrFile)) return nameOrFile;
    // pdfkit accepts a fontkit font object (anything with `layout`), though its types do not say so.
    return openSync(nameOrFile) as unknown as LetterFont;
  };
  return { regular: loadFont(layout.fonts.regular), bold: loadFont(layout.fonts.bold) };
}
