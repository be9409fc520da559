import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT_MS, closePage, launchBrowser, newPage } from '@herald/testing';
import { EmailRenderer, EmailRenderInput } from '@herald/templating';

/** The WCAG 2.2 AA tags R-CK-6 names. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const LOGO_URL = 'https://branding.example.gov.uk/logo.png';
/** A one-pixel green PNG, served for LOGO_URL. */
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const anEmail = (overrides: Partial<EmailRenderInput> = {}): EmailRenderInput => ({
  subject: 'Your fishing licence application',
  content: 'Dear ((name)),\n\nWe got your application for a fishing licence on ((date)).\n\nWe will email you again within 10 working days.',
  personalisation: { name: 'Ada Lovelace', date: '12 January 2026' },
  serviceName: 'Fishing Licences',
  ...overrides,
});

const RICH_CONTENT = [
  '# What happens next',
  'We will check your application. You need to:',
  '* send a photo of yourself\n* tell us about any changes',
  '1. Sign in to your account\n2. Upload your documents',
  '^ You must do this within 28 days.',
  '## If you need help',
  'Read [how to apply for a fishing licence](https://www.gov.uk/fishing-licences) or go to https://www.gov.uk/contact.',
  '---',
  'Fishing Licences team',
].join('\n\n');

/** Every kind of email Herald's layout produces, with the `<html lang>` each must carry. */
const FIXTURES: ReadonlyArray<readonly [string, EmailRenderInput, string]> = [
  ['a plain English email', anEmail(), 'en'],
  ['a branded email with a logo', anEmail({ branding: { colour: '#1d70b8', bannerText: 'Environment Agency', logoUrl: LOGO_URL } }), 'en'],
  ['a branded email in a light colour, without a logo', anEmail({ branding: { colour: '#ffdd00', bannerText: null, logoUrl: null } }), 'en'],
  [
    'a Welsh email',
    anEmail({
      subject: 'Eich cais am drwydded bysgota',
      content: 'Annwyl ((name)),\n\nRydym wedi cael eich cais am drwydded bysgota ar ((date)).\n\nByddwn yn anfon e-bost atoch eto cyn pen 10 diwrnod gwaith.',
      language: 'cy',
    }),
    'cy',
  ],
  [
    'a bilingual email with language blocks',
    anEmail({
      subject: '[[cy]]Eich cais[[/cy]] / [[en]]Your application[[/en]]',
      content: '[[cy]]\nAnnwyl ((name)),\n\nRydym wedi cael eich cais.\n[[/cy]]\n\n[[en]]\nDear ((name)),\n\nWe got your application.\n[[/en]]',
      language: 'bilingual',
      unsubscribeUrl: 'https://www.gov.uk/unsubscribe/abc',
    }),
    'cy',
  ],
  [
    'an email with headings, lists, inset text, links and an unsubscribe link',
    anEmail({ content: RICH_CONTENT, unsubscribeUrl: 'https://www.gov.uk/unsubscribe/abc' }),
    'en',
  ],
];

/** R-CK-6: Herald's own email layout, rendered for each fixture email and checked with axe in Chromium. */
describe('email HTML accessibility (R-CK-6)', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  const renderer = new EmailRenderer();
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    page = await newPage(browser);
    await page.route(LOGO_URL, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: LOGO_PNG }));
  });

  afterEach(async () => {
    await closePage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(FIXTURES)('R-CK-6: %s passes axe at WCAG 2.2 AA with no serious or critical violation', async (_, input) => {
    await page.setContent(renderer.render(input).html, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    // The check ran on the email: axe passed its document rules on it.
    expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['document-title', 'html-has-lang', 'html-lang-valid']));
  });

  it.each(FIXTURES)('R-CK-6: %s has the subject as its title, a root lang, presentation tables and alt on every image', async (_, input, lang) => {
    const email = renderer.render(input);
    await page.setContent(email.html, { waitUntil: 'load' });
    expect(await page.title()).toBe(email.subject);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('table').count()).toBeGreaterThan(0);
    expect(await page.locator('table:not([role="presentation"])').count()).toBe(0);
    expect(await page.locator('img:not([alt])').count()).toBe(0);
  });

  it('R-CK-6: the branded logo is an image with alt text set, so the checks above cover it', async () => {
    await page.setContent(renderer.render(FIXTURES[1][1]).html, { waitUntil: 'load' });
    expect(await page.locator('img').count()).toBe(1);
    expect(await page.locator('img').getAttribute('alt')).not.toBeNull();
  });
});
