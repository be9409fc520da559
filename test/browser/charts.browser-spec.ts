import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SessionRepository } from '@herald/persistence';
import { AdminUnderTest, BROWSER_TEST_TIMEOUT_MS, checkAccessibility, launchBrowser, newContext } from '@herald/testing';

/** What the page reports of one chart: its labels as drawn, and whether the page or the chart's region scrolls sideways. */
interface ChartReport {
  readonly labels: ReadonlyArray<{ text: string; fontFamily: string; renderedPx: number; left: number; right: number; top: number; bottom: number }>;
  readonly chart: { left: number; right: number };
  /** The chart's region ends inside the viewport: the chart does not push the page sideways. */
  readonly regionFits: boolean;
  readonly regionFocusable: boolean;
  readonly regionScrolls: boolean;
}

/** The little of the DOM the report touches (the project compiles without DOM types). */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}
interface ChartDom {
  document: {
    documentElement: { scrollWidth: number; clientWidth: number };
    querySelector(selector: string): {
      clientWidth: number;
      scrollWidth: number;
      tabIndex: number;
      getBoundingClientRect(): Box;
      getAttribute(name: string): string | null;
      querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; getBoundingClientRect(): Box }>;
    } | null;
  };
  getComputedStyle(element: unknown): { fontFamily: string; fontSize: string };
}

async function reportChart(page: Page, chartId: string): Promise<ChartReport> {
  return page.evaluate((id) => {
    const { document, getComputedStyle } = globalThis as unknown as ChartDom;
    const region = document.querySelector(`.herald-chart-scroll:has(svg[aria-labelledby^="${id}"])`);
    const svg = document.querySelector(`svg[aria-labelledby^="${id}"]`);
    if (!region || !svg) throw new Error(`no chart ${id}`);
    const viewBoxWidth = Number((svg.getAttribute('viewBox') ?? '').split(' ')[2]);
    const scale = svg.getBoundingClientRect().width / viewBoxWidth;
    const labels = Array.from(svg.querySelectorAll('text')).map((text) => {
      const style = getComputedStyle(text);
      const box = text.getBoundingClientRect();
      return {
        text: text.textContent ?? '',
        fontFamily: style.fontFamily,
        renderedPx: parseFloat(style.fontSize) * scale,
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
      };
    });
    const chartBox = svg.getBoundingClientRect();
    return {
      labels,
      chart: { left: chartBox.left, right: chartBox.right },
      regionFits: region.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5,
      regionFocusable: region.tabIndex === 0,
      regionScrolls: region.scrollWidth > region.clientWidth,
    };
  }, chartId);
}

const overlaps = (a: ChartReport['labels'][number], b: ChartReport['labels'][number]) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Issue 15, point 20: the charts (service dashboard, platform dashboard, usage) use GOV.UK Frontend's font, and their labels can be read on a wide screen and at 320px. */
describe('the admin charts', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let herald: AdminUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let serviceId: string;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    serviceId = (await herald.scenario.aService({ name: `Charts ${Date.now()}` })).id;
    const operator = await herald.scenario.aUser({ serviceId, platformAdmin: true });
    const session = await herald.get(SessionRepository).open(operator.id);
    browser = await launchBrowser();
    context = await newContext(browser);
    await context.addCookies([{ name: 'herald_session', value: session.token, url: herald.adminUrl }]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await herald?.stop();
  });

  const charts = () => [
    { name: "the service dashboard's daily chart", path: `/services/${serviceId}`, chartId: 'daily-chart-title' },
    { name: "the platform dashboard's minute chart", path: '/platform/dashboard', chartId: 'minute-chart-title' },
    { name: "the usage page's monthly chart", path: `/services/${serviceId}/usage`, chartId: 'usage-chart-title' },
  ];

  it.each([
    ['a wide screen', 1024, 16],
    ['a 320px screen', 320, 12],
  ])('on %s, chart labels are in the GOV.UK font, at least the size asked, apart from each other and inside the chart', async (_, width, minimumPx) => {
    for (const { name, path, chartId } of charts()) {
      const page = await context.newPage();
      try {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(`${herald.adminUrl}${path}`);
        expect(response?.status()).toBe(200);
        const report = await reportChart(page, chartId);
        expect(report.labels.length).toBeGreaterThanOrEqual(4);
        for (const label of report.labels) {
          expect({ name, label: label.text, font: label.fontFamily.split(',')[0].replace(/"/g, '').trim() }).toEqual({
            name,
            label: label.text,
            font: 'GDS Transport',
          });
          expect({ name, label: label.text, readable: label.renderedPx >= minimumPx - 0.05 }).toEqual({ name, label: label.text, readable: true });
          expect({ name, label: label.text, inside: label.left >= report.chart.left - 0.5 && label.right <= report.chart.right + 0.5 }).toEqual({
            name,
            label: label.text,
            inside: true,
          });
        }
        const crowded = report.labels.flatMap((a, i) =>
          report.labels
            .slice(i + 1)
            .filter((b) => overlaps(a, b))
            .map((b) => `${a.text} / ${b.text}`),
        );
        expect({ name, crowded }).toEqual({ name, crowded: [] });
        // The chart never pushes the page sideways (WCAG 1.4.10); at 320px it scrolls in its own focusable region.
        expect({ name, regionFits: report.regionFits }).toEqual({ name, regionFits: true });
        expect({ name, regionFocusable: report.regionFocusable, regionScrolls: report.regionScrolls }).toEqual({
          name,
          regionFocusable: true,
          regionScrolls: width === 320,
        });
        await checkAccessibility(page, `${path} at ${width}px`);
      } finally {
        await page.close();
      }
    }
  });
});
