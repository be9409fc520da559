import type { Browser, BrowserContext } from 'playwright-core';
import { SessionRepository } from '@herald/persistence';
import { AdminUnderTest, BROWSER_TEST_TIMEOUT_MS, checkAccessibility, launchBrowser, newContext } from '@herald/testing';
import { adminPages, describePage, pagePath, TemplateKind } from '../admin/admin-pages';
import { serviceFixtures } from '../admin/service-fixtures';

/**
 * Every page the admin declares (read from its controllers), opened in Chromium by a member of
 * the service who is also a platform admin, and checked with axe at WCAG 2.2 AA. The journeys
 * check the pages in their other states (errors, filled in) and save their screenshots; this
 * makes sure no page is missed.
 * Template pages are opened for an email, a text message and a letter template.
 *
 * The pages are shared out between `of` suites (every-page-<part>.browser-spec.ts), so that jest
 * workers check them side by side; each page is a test of its own.
 */
export function checkEveryPage(share: { part: number; of: number }): void {
  const everyPage = adminPages();
  const pages = everyPage.filter((_, index) => index % share.of === share.part - 1);

  describe(`every admin page, part ${share.part} of ${share.of}`, () => {
    jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
    let herald: AdminUnderTest;
    let browser: Browser;
    let context: BrowserContext;
    let params: Record<string, string>;
    let templateIds: Record<TemplateKind, string>;

    beforeAll(async () => {
      herald = await AdminUnderTest.start();
      const service = await herald.scenario.aService({ name: `Every page ${Date.now()}` });
      const operator = await herald.scenario.aUser({ serviceId: service.id, platformAdmin: true });
      params = { serviceId: service.id, ...(await serviceFixtures(herald, service.id, operator)) };
      templateIds = {
        email: params.templateId,
        sms: (await herald.scenario.anSmsTemplate(service.id)).id,
        letter: (await herald.scenario.aTemplateOfType(service.id, 'letter', 'Dear ((name)),\n\nYour payment is due.')).id,
      };
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

    it('finds more than 40 pages in the admin to check', () => {
      expect(everyPage.length).toBeGreaterThan(40);
    });

    it.each(pages.map((page) => [describePage(page), page] as const))(
      '%s opens for a signed-in member and operator and passes axe with no violations',
      async (_, adminPage) => {
        const path = pagePath(adminPage, params, templateIds);
        const page = await context.newPage();
        try {
          const response = await page.goto(`${herald.adminUrl}${path}`);
          if (!response || response.status() >= 400) throw new Error(`${path}: ${response?.status() ?? 'no response'}`);
          await checkAccessibility(page, path);
        } finally {
          await page.close();
        }
      },
    );
  });
}
