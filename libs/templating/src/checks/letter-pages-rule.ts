import { loadLetterLayout } from '../letter-layout';
import { LetterPdfRenderer } from '../letter-pdf-renderer';
import { renderLetterText } from '../letter-text';
import type { CheckableTemplate } from './checkable-template';
import type { RuleFinding } from './rule-finding';

/** The renderings every letter is checked in (R-CK-7), as `letterPages` keys. */
export const LETTER_RENDERINGS = ['standard', 'large_print'] as const;
export type LetterRendering = (typeof LETTER_RENDERINGS)[number];
export type LetterPageCounts = Readonly<Record<LetterRendering, number>>;

const RENDERING_NAMES: Readonly<Record<LetterRendering, string>> = { standard: 'standard', large_print: 'large-print' };

// Notify's address placeholders, shown as the preview shows them: the address never moves the body.
const ADDRESS_LINES = ['address line 1', 'address line 2', 'address line 3', 'address line 4', 'address line 5', 'address line 6', 'address line 7'].map(
  (name) => `((${name}))`,
);

/** Made on first use: the layout file and fonts are read once, and never by a process that checks no letter. */
let printing: { readonly renderer: LetterPdfRenderer; readonly maxPages: number } | null = null;
function letterPrinting(): { readonly renderer: LetterPdfRenderer; readonly maxPages: number } {
  if (!printing) {
    const layout = loadLetterLayout();
    printing = { renderer: new LetterPdfRenderer(layout), maxPages: layout.maxPages };
  }
  return printing;
}

/** Pages of the letter printed in each rendering, placeholders shown as written (`((name))`). */
export async function letterPageCounts(template: CheckableTemplate, date: Date): Promise<LetterPageCounts> {
  const { renderer } = letterPrinting();
  const letter = { ...renderLetterText(template, {}), addressLines: ADDRESS_LINES, contactBlock: null, date };
  const [standard, largePrint] = await Promise.all([renderer.render(letter), renderer.render({ ...letter, largePrint: true })]);
  return { standard: standard.pageCount, large_print: largePrint.pageCount };
}

/** R-CK-7: one finding for each rendering over the page limit (10, Notify's LETTER_MAX_PAGE_COUNT). */
export function letterPagesFindings(pages: LetterPageCounts): RuleFinding[] {
  const { maxPages } = letterPrinting();
  return LETTER_RENDERINGS.filter((rendering) => pages[rendering] > maxPages).map((rendering) => ({
    rule: 'letter-pages',
    field: null,
    start: null,
    end: null,
    text: null,
    message: `The ${RENDERING_NAMES[rendering]} letter is ${pages[rendering]} pages long: a letter can have at most ${maxPages} pages`,
    suggestion: rendering === 'large_print' ? 'Shorten the letter so that it fits in large print too' : 'Shorten the letter',
  }));
}
