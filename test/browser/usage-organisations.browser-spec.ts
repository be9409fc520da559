import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { TemplateType } from '@herald/domain';
import { NotificationRepository, TeamMemberRepository } from '@herald/persistence';
import {
  activateWithKeyboard,
  AdminUnderTest,
  aNewNotification,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  closePage,
  launchBrowser,
  newPage,
  openPage,
  TestUser,
} from '@herald/testing';

/** The financial year (1 April to 31 March, UK time) today falls in, by the year it starts in. */
function thisFinancialYear(): number {
  const [year, month] = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/**
 * A service's usage by month and an organisation's page, in Chromium: the figures in the table,
 * the chart with its description, switching year (plain links: the pages have no script), and
 * who may see what.
 */
describe('usage and organisations in the admin', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  const year = thisFinancialYear();
  // 1 April, 00:00 UK time (BST) is 23:00 UTC on 31 March.
  const yearStart = new Date(Date.UTC(year, 2, 31, 23));
  const organisation = `Department for Browsing ${randomUUID().slice(0, 6)}`;
  let herald: AdminUnderTest;
  let browser: Browser;
  let page: Page;
  let service: { id: string; name: string };
  let sister: { id: string; name: string };
  let member: TestUser;
  let outsider: TestUser;
  let operator: TestUser;
  let bea: TestUser;

  beforeAll(async () => {
    herald = await AdminUnderTest.start();
    browser = await launchBrowser();
    service = await herald.scenario.aService({ name: `Pensions ${randomUUID().slice(0, 6)}`, settings: { organisation } });
    sister = await herald.scenario.aService({ name: `Benefits ${randomUUID().slice(0, 6)}`, settings: { organisation } });
    member = await herald.scenario.aUser({ serviceId: service.id, name: 'Mo Member' });
    bea = await herald.scenario.aUser({ name: 'Bea Benefits' });
    await herald.get(TeamMemberRepository).add(sister.id, bea.id, ['view_dashboard']);
    outsider = await herald.scenario.aUser({ serviceId: (await herald.scenario.aService()).id });
    operator = await herald.scenario.aUser({ platformAdmin: true });
    await sent(service.id, 'email', new Date(yearStart.getTime() - 1)); // 31 March, 23:59 UK: last year
    await sent(service.id, 'email', yearStart); // 1 April, 00:00 UK
    await sent(service.id, 'email', yearStart);
    await sent(service.id, 'sms', new Date(yearStart.getTime() + 3_600_000), 3);
    await sent(service.id, 'letter', new Date(yearStart.getTime() + 3_600_000), 3); // 2 sheets
    await sent(sister.id, 'sms', new Date(yearStart.getTime() + 3_600_000), 2);
  });

  afterAll(async () => {
    await closePage(page);
    await browser?.close();
    await herald?.stop();
  });

  async function sent(serviceId: string, channel: TemplateType, at: Date, units = 0): Promise<void> {
    const template = channel === 'email' ? await herald.scenario.anEmailTemplate(serviceId) : await herald.scenario.aTemplateOfType(serviceId, channel);
    const recipient = channel === 'sms' ? '+447700900123' : 'jo@example.com';
    await herald
      .get(NotificationRepository)
      .insert(aNewNotification(serviceId, template.id, { type: channel, billableUnits: units, createdAt: at, recipient }));
  }

  async function signedInAs(user: TestUser): Promise<Page> {
    await closePage(page);
    page = await newPage(browser);
    await page.context().addCookies([{ name: 'herald_session', value: await herald.scenario.aSession(user.id), url: herald.adminUrl }]);
    return page;
  }

  const cells = async (selector: string): Promise<string[]> => (await page.locator(`${selector} td`).allTextContents()).map((t) => t.trim());

  it('shows a member this financial year’s usage by month, as a chart described in words and a table', async () => {
    await signedInAs(member);
    await openPage(page, `${herald.adminUrl}/services/${service.id}`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Usage', exact: true }));
    await page.waitForURL((url) => url.pathname === `/services/${service.id}/usage`);
    expect(await page.title()).toBe(`Usage - ${service.name} - Herald`);
    await checkPage(page, 'usage');

    expect(await cells(`#usage-table tr[data-month="${year}-04"]`)).toEqual(['2', '1', '3', '1', '2']);
    expect(await cells(`#usage-table tr[data-month="${year}-05"]`)).toEqual(['0', '0', '0', '0', '0']);
    expect(await cells('#usage-table tr[data-month="total"]')).toEqual(['2', '1', '3', '1', '2']);
    expect(await page.locator('#usage-table tbody tr').count()).toBe(13);
    const chart = page.getByRole('img', { name: `Messages sent each month, ${year} to ${year + 1}` });
    expect(await chart.locator('desc').textContent()).toContain(`2 emails, 1 text message and 1 letter were sent from April ${year} to March ${year + 1}.`);
    expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(3);
  });

  it('switches to last financial year, where the message of 31 March counts', async () => {
    await activateWithKeyboard(page, page.getByRole('link', { name: `${year - 1} to ${year}` }));
    await page.waitForURL((url) => url.searchParams.get('year') === String(year - 1));
    expect(await cells(`#usage-table tr[data-month="${year}-03"]`)).toEqual(['1', '0', '0', '0', '0']);
    expect(await cells('#usage-table tr[data-month="total"]')).toEqual(['1', '0', '0', '0', '0']);
    expect(await page.getByRole('link', { name: `${year - 1} to ${year}` }).getAttribute('aria-current')).toBe('page');
    await checkPage(page, 'usage-last-year');
    const response = await page.goto(`${herald.adminUrl}/services/${service.id}/usage?year=${year - 3}`);
    expect(response?.status()).toBe(404);
  });

  it('takes a member on to the organisation: its services’ usage this year and its team', async () => {
    await openPage(page, `${herald.adminUrl}/services/${service.id}/usage`);
    await activateWithKeyboard(page, page.locator('#organisation-link'));
    await page.waitForURL((url) => url.pathname === `/organisations/${encodeURIComponent(organisation)}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(organisation);
    await checkPage(page, 'organisation');
    expect(await cells(`#organisation-usage tr[data-service="${service.id}"]`)).toEqual(['2', '1', '3', '1', '2']);
    expect(await cells(`#organisation-usage tr[data-service="${sister.id}"]`)).toEqual(['0', '1', '2', '0', '0']);
    expect(await cells('#organisation-usage tr[data-service="total"]')).toEqual(['2', '2', '5', '1', '2']);
    const team = (await page.locator('#organisation-team tbody tr').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(team).toEqual([`Bea Benefits ${bea.emailAddress} ${sister.name}`, `Mo Member ${member.emailAddress} ${service.name}`]);
  });

  it('refuses the organisation’s page to someone outside its services, and the list to anyone but platform admins', async () => {
    await signedInAs(outsider);
    const refused = await page.goto(`${herald.adminUrl}/organisations/${encodeURIComponent(organisation)}`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You do not have permission to do this');
    expect((await page.goto(`${herald.adminUrl}/platform/organisations`))?.status()).toBe(403);
  });

  it('lists organisations with their services for platform admins, each leading to its page', async () => {
    await signedInAs(operator);
    await openPage(page, `${herald.adminUrl}/platform/services`);
    await activateWithKeyboard(page, page.getByRole('link', { name: 'Organisations', exact: true }));
    await page.waitForURL((url) => url.pathname === '/platform/organisations');
    await checkPage(page, 'platform-organisations');
    const group = page.locator(`h2[data-organisation="${organisation}"] + ul`);
    expect((await group.locator('li').allTextContents()).map((t) => t.trim())).toEqual([sister.name, service.name].sort((a, b) => a.localeCompare(b)));
    await activateWithKeyboard(page, page.getByRole('link', { name: organisation }));
    await page.waitForURL((url) => url.pathname === `/organisations/${encodeURIComponent(organisation)}`);
    expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).isVisible()).toBe(true);
  });
});
