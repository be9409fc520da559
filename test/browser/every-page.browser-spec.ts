import type { Browser, BrowserContext } from 'playwright-core';
import { SessionRepository } from '@herald/persistence';
import { AdminUnderTest, checkAccessibility, launchBrowser } from '@herald/testing';
import { adminRoutes, fillPath } from '../admin/admin-routes';
import { serviceFixtures } from '../admin/service-fixtures';

jest.setTimeout(300_000);

/** Not pages: files, JSON and the fragment the platform dashboard swaps in. */
const NOT_A_PAGE = /\.(pdf|csv|json|html)$|\/dashboard\/figures$/;

/**
 * Every page the admin declares (read from its controllers), opened in Chromium by a member of
 * the service who is also a platform admin, and checked with axe at WCAG 2.2 AA. The journeys
 * check the pages in their other states (errors, filled in) and save their screenshots; this
 * makes sure no page is missed.
 * Template pages are opened for an email, a text message and a letter template.
 */
describe('every admin page', () => {
  let herald: AdminUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let params: Record<string, string>;
  let templateIds: string[];

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    const service = await herald.scenario.aService({ name: `Every page ${Date.now()}` });
    const operator = await herald.scenario.aUser({ serviceId: service.id, platformAdmin: true });
    params = { serviceId: service.id, ...(await serviceFixtures(herald, service.id, operator)) };
    templateIds = [
      params.templateId,
      (await herald.scenario.anSmsTemplate(service.id)).id,
      (await herald.scenario.aTemplateOfType(service.id, 'letter', 'Dear ((name)),\n\nYour payment is due.')).id,
    ];
    const session = await herald.get(SessionRepository).open(operator.id);
    browser = await launchBrowser();
    context = await browser.newContext();
    await context.addCookies([{ name: 'herald_session', value: session.token, url: herald.adminUrl }]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await herald?.stop();
  });

  it('passes axe with no violations on every page a signed-in member and operator can open', async () => {
    const paths = adminRoutes(herald.config)
      .filter((route) => route.method === 'GET' && !route.path.includes(':token') && !NOT_A_PAGE.test(route.path))
      .flatMap((route) => (route.path.includes(':templateId') && !route.path.includes(':uploadId') ? templateIds.map((templateId) => fillPath(route.path, { ...params, templateId })) : [fillPath(route.path, params)]));
    const problems: string[] = [];
    let checked = 0;
    for (const path of [...new Set(paths)]) {
      const page = await context.newPage();
      try {
        const response = await page.goto(`${herald.adminUrl}${path}`);
        if (!response || response.status() >= 400) {
          problems.push(`${path}: ${response?.status() ?? 'no response'}`);
          continue;
        }
        await checkAccessibility(page, path);
        checked += 1;
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      } finally {
        await page.close();
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
