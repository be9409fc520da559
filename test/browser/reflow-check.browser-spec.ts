import type { Browser, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT_MS, checkReflow, closePage, launchBrowser, newPage } from '@herald/testing';

/** The reflow check the every-page walk runs (WCAG 1.4.10 at 320 px), on small pages made to pass or fail it. */
describe('the reflow check', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let browser: Browser;
  let page: Page;

  const WIDE_TABLE = '<table id="wide"><tr><td style="min-width: 600px">Wide</td></tr></table>';
  const REGION_CSS = '.scroll { overflow-x: auto; }';
  const show = (body: string, css = '') =>
    page.setContent(
      `<!DOCTYPE html><html lang="en"><head><title>Reflow</title><style>body { margin: 0 } ${css}</style></head><body><main>${body}</main></body></html>`,
    );

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(async () => {
    await closePage(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('passes a page that fits 320 px', async () => {
    await show('<h1>Messages</h1><p>A short paragraph.</p>');
    await expect(checkReflow(page, 'fits')).resolves.toBeUndefined();
  });

  it('fails a page with a wide table and names the table', async () => {
    await show(WIDE_TABLE);
    await expect(checkReflow(page, 'wide')).rejects.toThrow(/wide does not fit 320 px[\s\S]*scrolls sideways: 6\d\d px wide[\s\S]*<table#wide> "Wide"/);
  });

  it('passes the wide table inside a focusable, named region that scrolls by itself', async () => {
    await show(`<div class="scroll" tabindex="0" role="region" aria-label="Wide table">${WIDE_TABLE}</div>`, REGION_CSS);
    await expect(checkReflow(page, 'in a region')).resolves.toBeUndefined();
  });

  it('fails a region that scrolls by itself but cannot be reached with a keyboard or is not named', async () => {
    await show(`<div class="scroll" id="unnamed">${WIDE_TABLE}</div>`, REGION_CSS);
    await expect(checkReflow(page, 'unnamed')).rejects.toThrow(
      /<div#unnamed.scroll> "Wide" scrolls by itself but lacks tabindex="0", role="region", an aria-label/,
    );
  });

  it('fails a long unbroken email address that runs out of its heading', async () => {
    await show('<h1 style="font-size: 36px">Message to someone.with.a.long.name@example.gov.uk</h1>');
    await expect(checkReflow(page, 'long word')).rejects.toThrow(/text in <h1> "Message to someone/);
  });

  it('fails visually hidden text that escapes a region that is not its containing block', async () => {
    const hidden = '<span id="hidden" style="position: absolute; width: 1px; height: 1px; overflow: hidden">hidden words</span>';
    const table = `<table><tr><td style="min-width: 600px">Wide</td><td>Revoke${hidden}</td></tr></table>`;
    await show(`<div class="scroll" tabindex="0" role="region" aria-label="Wide table">${table}</div>`, REGION_CSS);
    await expect(checkReflow(page, 'escaped')).rejects.toThrow(/<span#hidden> "hidden words"/);
    await show(`<div class="scroll" style="position: relative" tabindex="0" role="region" aria-label="Wide table">${table}</div>`, REGION_CSS);
    await expect(checkReflow(page, 'contained')).resolves.toBeUndefined();
  });
});
