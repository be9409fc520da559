import { PdfObject, pdfObjects, ref, refs, rootObject, streamData } from './pdf-objects';
import { parseToUnicode, toUnicode, ToUnicode } from './pdf-to-unicode';

export interface PdfTextOptions {
  /** Give U+2011 NON-BREAKING HYPHEN (printed for every `-` in a letter's body) back as `-`. */
  readonly plainHyphens?: boolean;
}

const NON_BREAKING_HYPHEN = /\u2011/g;
// `1 0 0 1 x y Tm` places text; `/F1 11 Tf` selects a font and size; `[<…> 12 <…>] TJ` and `<…> Tj`
// show hex strings (all pdfkit writes).
const TEXT_OPERATOR =
  /(?:-?[\d.]+\s+){4}(-?[\d.]+)\s+-?[\d.]+\s+Tm|\/([^\s/[\]<>()]+)\s+(-?[\d.]+)\s+Tf|\[((?:<[0-9a-fA-F\s]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj/g;

/** One text-showing operator: its text, the page it is on (from 0), its font size and where it starts. */
export interface PdfTextRun {
  readonly page: number;
  readonly text: string;
  /** Points, from the `Tf` in effect. */
  readonly fontSize: number;
  /** Points from the page's left edge, from the `Tm` in effect. */
  readonly x: number;
  /** The position adjustments inside a `TJ` array (kerning; word spacing when text is justified). */
  readonly adjustments: readonly number[];
}

/**
 * The text shown by a PDF that pdfkit wrote, one string per `TJ`/`Tj` operator, page by page.
 * Each string is decoded with the font its `Tf` selected: through the font's /ToUnicode CMap for
 * an embedded font (pdfkit writes glyph ids), or as Latin-1 for a standard font (WinAnsi, close
 * enough for tests). Compressed streams are inflated.
 */
export function pdfTextRuns(pdf: Buffer, options: PdfTextOptions = {}): string[] {
  return pdfTextRunDetails(pdf, options).map((run) => run.text);
}

/** Like pdfTextRuns, with each run's page, font size, position and spacing. */
export function pdfTextRunDetails(pdf: Buffer, options: PdfTextOptions = {}): PdfTextRun[] {
  const objects = pdfObjects(pdf);
  const cmaps = new Map<number, ToUnicode | null>();
  const cmapOf = (font: number): ToUnicode | null => {
    if (!cmaps.has(font)) {
      const cmap = ref(object(objects, font).body, 'ToUnicode');
      cmaps.set(font, cmap === undefined ? null : parseToUnicode(streamData(object(objects, cmap)).toString('latin1')));
    }
    return cmaps.get(font) ?? null;
  };
  const runs: PdfTextRun[] = [];
  pages(objects, rootObject(pdf)).forEach((page, pageIndex) => {
    const fonts = fontResources(objects, page);
    for (const content of contentStreams(objects, page)) {
      let [cmap, fontSize, x]: [ToUnicode | null, number, number] = [null, 0, 0];
      for (const [, tmX, fontName, size, array, single] of content.matchAll(TEXT_OPERATOR)) {
        if (tmX !== undefined) {
          x = Number(tmX);
          continue;
        }
        if (fontName !== undefined) {
          const font = fonts.get(fontName);
          if (font === undefined) throw new Error(`The page uses font /${fontName}, which is not in its resources`);
          [cmap, fontSize] = [cmapOf(font), Number(size)];
          continue;
        }
        const hex = array !== undefined ? [...array.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((m) => m[1]).join('') : single;
        const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
        const decoded = cmap ? toUnicode(bytes, cmap) : bytes.toString('latin1');
        const text = options.plainHyphens ? decoded.replace(NON_BREAKING_HYPHEN, '-') : decoded;
        const adjustments = array === undefined ? [] : [...array.replace(/<[^>]*>/g, ' ').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
        runs.push({ page: pageIndex, text, fontSize, x, adjustments });
      }
    }
  });
  return runs;
}

/** All the text of the PDF, one operator a line. */
export function pdfText(pdf: Buffer, options: PdfTextOptions = {}): string {
  return pdfTextRuns(pdf, options).join('\n');
}

function object(objects: Map<number, PdfObject>, number: number): PdfObject {
  const found = objects.get(number);
  if (!found) throw new Error(`The PDF has no object ${number}`);
  return found;
}

/** The page objects in order: the catalog's page tree, depth first. */
function pages(objects: Map<number, PdfObject>, root: number): PdfObject[] {
  const walk = (node: PdfObject): PdfObject[] =>
    /\/Type\s*\/Pages\b/.test(node.body) ? refs(/\/Kids\s*\[([^\]]*)\]/.exec(node.body)?.[1] ?? '').flatMap((kid) => walk(object(objects, kid))) : [node];
  const tree = ref(object(objects, root).body, 'Pages');
  if (tree === undefined) throw new Error('The PDF catalog has no /Pages');
  return walk(object(objects, tree));
}

/** A page's font resource names (`F1`) and the font objects they name. */
function fontResources(objects: Map<number, PdfObject>, page: PdfObject): Map<string, number> {
  const resourcesRef = ref(page.body, 'Resources');
  const resources = resourcesRef === undefined ? page.body : object(objects, resourcesRef).body;
  const fonts = /\/Font\s*(?:<<([^]*?)>>|(\d+)\s+\d+\s+R)/.exec(resources);
  const dictionary = fonts?.[2] !== undefined ? object(objects, Number(fonts[2])).body : (fonts?.[1] ?? '');
  return new Map([...dictionary.matchAll(/\/([^\s/[\]<>()]+)\s+(\d+)\s+\d+\s+R/g)].map((m) => [m[1], Number(m[2])]));
}

function contentStreams(objects: Map<number, PdfObject>, page: PdfObject): string[] {
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page.body)?.[1] ?? '';
  return refs(contents).map((n) => streamData(object(objects, n)).toString('latin1'));
}
