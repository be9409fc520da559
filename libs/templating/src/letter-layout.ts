import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

/** The look of a printed letter, read from templates/letter/layout.json (millimetres and points). */
export interface LetterLayout {
  readonly page: { marginTopMm: number; marginBottomMm: number; marginLeftMm: number; marginRightMm: number };
  readonly address: { leftMm: number; topMm: number; widthMm: number; heightMm: number; fontSize: number; lineGap: number };
  readonly contactBlock: { leftMm: number; topMm: number; rightMm: number; fontSize: number; lineGap: number };
  readonly date: { leftMm: number; topMm: number; fontSize: number };
  readonly body: { topMm: number; fontSize: number; lineGap: number; paragraphGapMm: number };
  readonly heading: { fontSize: number; gapAfterMm: number };
  readonly list: { indentMm: number; bulletRadius: number };
  readonly qrCode: { sizeMm: number };
  readonly pageNumber: { bottomMm: number; fontSize: number };
  /**
   * A standard PDF font name (Helvetica…), a .ttf/.otf path relative to the layout file, or a
   * font file inside an installed package (`dejavu-fonts-ttf/ttf/DejaVuSans.ttf`).
   */
  readonly fonts: { regular: string; bold: string };
  readonly maxPages: number;
  /** R-LF-4: what a large-print letter changes; everything else is the standard layout. */
  readonly largePrint: LargePrintOverrides;
}

type Resizable = 'contactBlock' | 'date' | 'body' | 'heading' | 'list' | 'pageNumber';
export type LargePrintOverrides = { readonly [K in Resizable]?: Partial<LetterLayout[K]> };

/** RNIB's clear-print guidance and R-LF-4: large print starts at 16 pt, whatever the layout file says. */
export const LARGE_PRINT_MIN_POINTS = 16;

/** The repository's `templates/letter/layout.json`, found by walking up from `startDir`. */
export function findLetterLayoutFile(startDir: string = __dirname): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'letter', 'layout.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`No templates/letter/layout.json in ${startDir} or above it`);
  }
}

export function loadLetterLayout(file: string = findLetterLayoutFile()): LetterLayout {
  const layout = JSON.parse(readFileSync(file, 'utf8')) as LetterLayout;
  const font = (name: string) => resolveFontFile(name, dirname(file));
  return { ...layout, fonts: { regular: font(layout.fonts.regular), bold: font(layout.fonts.bold) } };
}

/**
 * The standard layout with the large-print sizes laid over it. The address keeps its size: it must
 * fit the envelope window, and it is read by the post, not by the recipient.
 */
export function largePrintLayout(layout: LetterLayout): LetterLayout {
  const over = layout.largePrint;
  const body = { ...layout.body, ...over.body };
  return {
    ...layout,
    contactBlock: { ...layout.contactBlock, ...over.contactBlock },
    date: { ...layout.date, ...over.date },
    body: { ...body, fontSize: Math.max(LARGE_PRINT_MIN_POINTS, body.fontSize) },
    heading: { ...layout.heading, ...over.heading },
    list: { ...layout.list, ...over.list },
    pageNumber: { ...layout.pageNumber, ...over.pageNumber },
  };
}

function resolveFontFile(name: string, layoutDir: string): string {
  if (!/\.(ttf|otf)$/i.test(name) || isAbsolute(name)) return name;
  const relative = join(layoutDir, name);
  return existsSync(relative) ? relative : require.resolve(name);
}
