import type { Browser, Page } from 'playwright-core';
import { SessionRepository } from '@herald/persistence';
import { AdminUnderTest, BROWSER_TEST_TIMEOUT_MS, checkAccessibility, checkReflow, launchBrowser, newContext, saveScreenshot } from '@herald/testing';
import { adminPages, describePage, pagePath, TemplateKind } from '../admin/admin-pages';
import { serviceFixtures } from '../admin/service-fixtures';

/** Playwright's own default, which the pages are checked with axe at. */
const DESKTOP = { width: 1280, height: 720 };

/**
 * Pages that once scrolled sideways at 320 px: each is saved at that width as
 * test-artifacts/screenshots/reflow-<name>.png, to look at.
 */
const REFLOW_SCREENSHOTS: Record<string, string> = {
  '/organisations/:organisation': 'organisation',
  '/oversight/services/:auditedServiceId': 'oversight-service',
  '/platform/alternative-formats': 'alternative-formats',
  '/platform/audit': 'platform-audit',
  '/platform/dashboard': 'platform-dashboard',
  '/platform/registers': 'platform-registers',
  '/services/:serviceId': 'dashboard',
  '/services/:serviceId/activity': 'activity',
  '/services/:serviceId/api': 'api-integration',
  '/services/:serviceId/api/keys': 'api-keys',
  '/services/:serviceId/jobs': 'bulk-sends',
  '/services/:serviceId/lookups': 'lookups',
  '/services/:serviceId/messages/:messageId': 'message',
  '/services/:serviceId/received-text-messages': 'received-texts',
  '/services/:serviceId/send/notifications/:notificationId': 'sent',
  '/services/:serviceId/settings': 'settings',
  '/services/:serviceId/settings/:kind': 'senders',
  '/services/:serviceId/team': 'team',
  '/services/:serviceId/templates': 'templates',
};

/**
 * Every page the admin declares (read from its controllers), opened in Chromium by a member of
 * the service who is also a platform admin, checked with axe at WCAG 2.2 AA, and then at 320 px
 * wide (WCAG 1.4.10 reflow: no sideways scrolling; a part that scrolls by itself can be reached
 * and is named). The journeys check the pages in their other states (errors, filled in) and save
 * their screenshots; this makes sure no page is missed.
 * Template pages are opened for an email, a text message and a letter template.
 *
 * The pages are shared out between `of` suites (every-page-<part>.browser-spec.ts), so that jest
 * workers check them side by side: two, as jest runs two workers and each suite starts a Herald of
 * its own. Each page is a test of its own, all in one browser tab per suite.
 */
export function checkEveryPage(share: { part: number; of: number }): void {
  const everyPage = adminPages();
  const pages = everyPage.filter((_, index) => index % share.of === share.part - 1);

  describe(`every admin page, part ${share.part} of ${share.of}`, () => {
    jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
    let herald: AdminUnderTest;
    let browser: Browser;
    let page: Page;
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
      const context = await newContext(browser, { viewport: DESKTOP });
      await context.addCookies([{ name: 'herald_session', value: session.token, url: herald.adminUrl }]);
      page = await context.newPage();
    });

    afterAll(async () => {
      await page?.context().close();
      await browser?.close();
      await herald?.stop();
    });

    it('finds more than 40 pages in the admin to check', () => {
      expect(everyPage.length).toBeGreaterThan(40);
    });

    it.each(pages.map((page) => [describePage(page), page] as const))(
      '%s opens for a signed-in member and operator, passes axe with no violations and fits 320 px',
      async (_, adminPage) => {
        const path = pagePath(adminPage, params, templateIds);
        // One tab for every page: a page that failed may have left it narrow.
        await page.setViewportSize(DESKTOP);
        const response = await page.goto(`${herald.adminUrl}${path}`);
        if (!response || response.status() >= 400) throw new Error(`${path}: ${response?.status() ?? 'no response'}`);
        await checkAccessibility(page, path);
        await checkReflow(page, path);
        const screenshot = REFLOW_SCREENSHOTS[describePage(adminPage)];
        if (screenshot) await saveScreenshot(page, `reflow-${screenshot}`);
      },
    );
  });
}
