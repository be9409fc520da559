import type { Page } from 'playwright-core';

/** WCAG 1.4.10 (reflow): content fits 320 CSS pixels wide without scrolling in two directions. */
export const REFLOW_VIEWPORT = { width: 320, height: 640 } as const;

/** What the check reads of the page: the little of the DOM it touches (the project compiles without DOM types). */
interface Box {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}
interface Style {
  readonly overflowX: string;
  readonly display: string;
  readonly visibility: string;
  readonly position: string;
}
interface Node {
  readonly tagName: string;
  readonly id: string;
  readonly className: unknown;
  readonly textContent: string | null;
  readonly parentElement: Node | null;
  readonly offsetParent: Node | null;
  readonly childNodes: Iterable<{ readonly nodeType: number; readonly textContent: string | null }>;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  getBoundingClientRect(): Box;
  getAttribute(name: string): string | null;
}
interface Window {
  readonly innerWidth: number;
  readonly document: { readonly documentElement: Node; readonly body: Node; querySelectorAll(selector: string): Iterable<Node> };
  getComputedStyle(element: Node): Style;
  requestAnimationFrame(callback: () => void): void;
}

/** An element of the page, as a failure message names it. */
interface Found {
  readonly element: string;
  readonly right: number;
}

interface Reflow {
  readonly viewportWidth: number;
  readonly scrollWidth: number;
  /** The outermost elements reaching past the right edge, outside any region that scrolls by itself. */
  readonly overflowing: Found[];
  /** Regions that scroll sideways by themselves, and what they lack for a keyboard or screen reader user. */
  readonly regions: { readonly element: string; readonly lacks: string[] }[];
}

/**
 * Sets the page to 320 x 640 and fails when it scrolls sideways, naming the widest elements that
 * stick out, or when a part that scrolls by itself cannot be reached and named: such a region needs
 * tabindex="0" (so a keyboard can scroll it), role="region" and an aria-label (so it is announced),
 * like `.herald-table-scroll` and `.herald-chart-scroll` in the admin. The viewport stays at 320 px:
 * set it back before the page is used for anything else.
 */
export async function checkReflow(page: Page, name: string): Promise<void> {
  await page.setViewportSize(REFLOW_VIEWPORT);
  // Two animation frames: the resize has been laid out and painted (scripts that redraw on resize included).
  await page.evaluate(
    () =>
      new Promise<void>((done) => (globalThis as unknown as Window).requestAnimationFrame(() => (globalThis as unknown as Window).requestAnimationFrame(done))),
  );
  const reflow = await page.evaluate(measureReflow);
  const problems: string[] = [];
  if (reflow.scrollWidth > reflow.viewportWidth) {
    const widest = reflow.overflowing.map((found) => `${found.element} (right edge at ${Math.round(found.right)} px)`);
    problems.push(
      `it scrolls sideways: ${reflow.scrollWidth} px wide. Widest:\n    ${widest.join('\n    ') || '(no element found outside a scrolling region)'}`,
    );
  }
  for (const region of reflow.regions) problems.push(`${region.element} scrolls by itself but lacks ${region.lacks.join(', ')}`);
  if (problems.length > 0) throw new Error(`${name} does not fit ${REFLOW_VIEWPORT.width} px (${page.url()}):\n  ${problems.join('\n  ')}`);
}

/** Runs inside the page: self-contained, no closures. */
function measureReflow(): Reflow {
  const win = globalThis as unknown as Window;
  const root = win.document.documentElement;
  const body = win.document.body;
  const viewportWidth = win.innerWidth;
  const describe = (element: Node): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).slice(0, 3).join('.')}` : '';
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${classes}>${text ? ` "${text}"` : ''}`;
  };
  const scrollsItself = (element: Node): boolean => element !== root && element !== body && /^(auto|scroll)$/.test(win.getComputedStyle(element).overflowX);
  const clips = (element: Node): boolean => element !== root && element !== body && win.getComputedStyle(element).overflowX !== 'visible';
  // An absolutely positioned element (govuk-visually-hidden text, say) escapes every clipping ancestor
  // below its containing block: only that block and those above it clip it; a fixed one, none.
  const insideClippingAncestor = (element: Node): boolean => {
    const position = win.getComputedStyle(element).position;
    if (position === 'fixed') return false;
    for (let ancestor = position === 'absolute' ? element.offsetParent : element.parentElement; ancestor; ancestor = ancestor.parentElement)
      if (clips(ancestor)) return true;
    return false;
  };
  const sticksOut = (element: Node): boolean => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > viewportWidth + 0.5 && win.getComputedStyle(element).visibility !== 'hidden';
  };

  // A long unbroken word (an id, a URL, an email address) runs out of its block without widening it.
  const textRunsOut = (element: Node): { right: number } | null => {
    const ownText = [...element.childNodes].some((child) => child.nodeType === 3 && (child.textContent ?? '').trim() !== '');
    const right = element.getBoundingClientRect().left + element.scrollWidth;
    return ownText && right > viewportWidth + 0.5 ? { right } : null;
  };

  const all = [...win.document.querySelectorAll('body, body *')].filter((element) => !insideClippingAncestor(element));
  const out = all.filter(sticksOut);
  const outermost = out.filter((element) => !(element.parentElement && sticksOut(element.parentElement)));
  // When the whole page is wider (a flex or grid item grown to a wide child), the outermost is the
  // root: name the innermost instead, the elements that stick out with no child that does.
  const boxes = (outermost.length > 0 ? outermost : out.filter((element) => !out.some((other) => other.parentElement === element))).map((element) => ({
    element: describe(element),
    right: element.getBoundingClientRect().right,
  }));
  const texts = all.flatMap((element) => {
    const runsOut = sticksOut(element) ? null : textRunsOut(element);
    return runsOut ? [{ element: `text in ${describe(element)}`, right: runsOut.right }] : [];
  });
  const overflowing = [...boxes, ...texts].sort((a, b) => b.right - a.right).slice(0, 5);

  const regions = all
    .filter((element) => scrollsItself(element) && element.scrollWidth > element.clientWidth + 1 && !/^(TEXTAREA|SELECT|INPUT)$/.test(element.tagName))
    .map((element) => {
      const lacks: string[] = [];
      if (element.getAttribute('tabindex') !== '0') lacks.push('tabindex="0"');
      if (element.getAttribute('role') !== 'region') lacks.push('role="region"');
      if (!(element.getAttribute('aria-label') ?? '').trim() && !(element.getAttribute('aria-labelledby') ?? '').trim()) lacks.push('an aria-label');
      return { element: describe(element), lacks };
    })
    .filter((region) => region.lacks.length > 0);

  return { viewportWidth, scrollWidth: root.scrollWidth, overflowing, regions };
}
