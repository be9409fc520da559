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
}

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

function resolveFontFile(name: string, layoutDir: string): string {
  if (!/\.(ttf|otf)$/i.test(name) || isAbsolute(name)) return name;
  const relative = join(layoutDir, name);
  return existsSync(relative) ? relative : require.resolve(name);
}
