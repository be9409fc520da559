import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Service } from '@herald/domain';
import { UserAccountRepository } from '@herald/persistence';
import { hashSync } from 'bcryptjs';
import {
  activateWithKeyboard,
  AdminUnderTest,
  BROWSER_TEST_TIMEOUT_MS,
  checkPage,
  eventually,
  launchBrowser,
  LoopbackSmtp,
  newContext,
  openPage,
  signInWithKeyboard,
  TestUser,
  totpCodeAt,
  typeWithKeyboard,
} from '@herald/testing';

/**
 * A manager invites a team member; the member follows the emailed link, chooses a password and an
 * authenticator app, signs in with its code and lands on the service with only the permissions given.
 * Keyboard only; axe and a screenshot on every page.
 */
describe('inviting a team member', () => {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  const smtp = new LoopbackSmtp();
  let herald: AdminUnderTest;
  let browser: Browser;
  let service: Service;
  let manager: TestUser;

  beforeAll(async () => {
    await smtp.start();
    herald = await AdminUnderTest.start({ SMTP_URL: smtp.url }, { worker: true });
    browser = await launchBrowser();
    service = await herald.scenario.aService({ name: `Blue Badge ${Date.now()}` });
    manager = await herald.scenario.aUser({ serviceId: service.id, name: 'Mo Manager' });
  });

  afterAll(async () => {
    await browser?.close();
    await herald?.stop();
    await smtp.stop();
  });

  async function aBrowser(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser);
    return { context, page: await context.newPage() };
  }

  // One journey in three steps, each a test of its own (a slow machine takes minutes over the
  // whole of it): each step starts where the one before left off.
  describe('someone invited sets up a password and an authenticator app and lands on the service with only the given permissions', () => {
    const invitee = `sam-${Date.now()}@example.gov.uk`;
    let link: string;
    let member: Page;
    let memberContext: BrowserContext | undefined;

    afterAll(async () => {
      await memberContext?.close();
    });

    it('a manager invites them by email, with permission to send messages', async () => {
      const managerBrowser = await aBrowser();
      const page = managerBrowser.page;
      await signInWithKeyboard(page, herald.adminUrl, manager);
      await openPage(page, `${herald.adminUrl}/services/${service.id}`);
      await activateWithKeyboard(page, page.getByRole('link', { name: 'Team members' }));
      await page.waitForURL(/\/team$/);
      expect(await page.title()).toBe(`Team members - ${service.name} - Herald`);
      await checkPage(page, 'accounts-team');

      await activateWithKeyboard(page, page.getByRole('button', { name: 'Invite a team member' }));
      await page.waitForURL(/\/team\/invite$/);
      await checkPage(page, 'accounts-invite');
      await activateWithKeyboard(page, page.getByRole('button', { name: 'Send invitation' }));
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.title()).toBe(`Error: Invite a team member - ${service.name} - Herald`);
      await checkPage(page, 'accounts-invite-error');
      await typeWithKeyboard(page, page.getByLabel('Email address'), invitee);
      await activateWithKeyboard(page, page.getByRole('checkbox', { name: 'Send messages' }), 'Space');
      await activateWithKeyboard(page, page.getByRole('button', { name: 'Send invitation' }));
      await page.waitForURL(/\/team\?done=invited$/);
      expect(await page.locator('#team-invitations').textContent()).toContain(invitee);
      await checkPage(page, 'accounts-team-invited');
      await managerBrowser.context.close();

      const mail = await smtp.waitForMessageTo(invitee);
      link = new RegExp(`${herald.adminUrl}/invitation/[A-Za-z0-9_-]+`).exec(mail.text ?? '')![0];
    });

    it('they follow the emailed link and choose a name, a password and an authenticator app', async () => {
      ({ context: memberContext, page: member } = await aBrowser());
      await openPage(member, link);
      expect(await member.title()).toBe('Create your Herald account - Herald');
      await checkPage(member, 'accounts-invitation');
      await typeWithKeyboard(member, member.getByLabel('Full name'), 'Sam Sender');
      await typeWithKeyboard(member, member.getByLabel('Password', { exact: true }), 'password');
      await activateWithKeyboard(member, member.getByRole('radio', { name: 'From an authenticator app' }), 'Space');
      await activateWithKeyboard(member, member.getByRole('button', { name: 'Continue' }));
      await member.waitForSelector('.govuk-error-summary');
      expect(await member.locator('.govuk-error-summary').textContent()).toContain('Choose a password that is harder to guess');
      await checkPage(member, 'accounts-invitation-error');
      await typeWithKeyboard(member, member.getByLabel('Full name'), 'Sam Sender');
      await typeWithKeyboard(member, member.getByLabel('Password', { exact: true }), 'correct horse battery staple');
      await activateWithKeyboard(member, member.getByRole('radio', { name: 'From an authenticator app' }), 'Space');
      await activateWithKeyboard(member, member.getByRole('button', { name: 'Continue' }));

      await member.waitForURL(/\/sign-in\/code/);
      expect(await member.title()).toBe('Set up your authenticator app - Herald');
      expect(await member.locator('#totp-qr-code svg').count()).toBe(1);
      await checkPage(member, 'accounts-totp-setup');
      const secret = (await member.locator('#totp-secret').textContent())!.replace(/\s+/g, '');
      await typeWithKeyboard(member, member.getByLabel('Security code'), totpCodeAt(secret));
      await activateWithKeyboard(member, member.getByRole('button', { name: 'Continue' }));
      await member.waitForURL(new RegExp(`/services/${service.id}$`));
    });

    it('they land on the service and see only what the permission to send messages gives', async () => {
      expect(await member.title()).toBe(`Dashboard - ${service.name} - Herald`);
      expect(await member.getByRole('link', { name: 'Templates' }).count()).toBe(1);
      expect(await member.getByRole('link', { name: 'Team members' }).count()).toBe(0);
      expect(await member.getByRole('link', { name: 'API integration' }).count()).toBe(0);
      await checkPage(member, 'accounts-member-landed');
    });
  });

  it('signs in with a code sent by email', async () => {
    const user = await herald.scenario.aUser({ serviceId: service.id, permissions: ['send_messages'] });
    await herald.get(UserAccountRepository).completeSetUp(user.id, { name: user.name, passwordHash: hashSync(user.password, 4), authType: 'email' });
    const { context, page } = await aBrowser();
    await openPage(page, `${herald.adminUrl}/sign-in`);
    await typeWithKeyboard(page, page.getByLabel('Email address'), user.emailAddress);
    await typeWithKeyboard(page, page.getByLabel('Password', { exact: true }), user.password);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForURL(/\/sign-in\/code/);
    expect(await page.title()).toBe('Check your email - Herald');
    await checkPage(page, 'accounts-email-code');
    const mail = await smtp.waitForMessageTo(user.emailAddress);
    const code = /(\d{6}) is your Herald sign-in code/.exec(mail.text ?? '')![1];
    await typeWithKeyboard(page, page.getByLabel('Security code'), code === '000000' ? '111111' : '000000');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Check your email - Herald');
    await checkPage(page, 'accounts-email-code-error');
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Send a new code' }));
    await page.waitForURL(/resent=1$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('We have sent you a new code');
    await checkPage(page, 'accounts-email-code-resent');
    const toUser = () => smtp.messages.filter((m) => JSON.stringify(m.to).includes(user.emailAddress));
    await eventually(async () => expect(toUser()).toHaveLength(2));
    const newCode = /(\d{6}) is your Herald sign-in code/.exec(toUser()[1].text ?? '')![1];
    await typeWithKeyboard(page, page.getByLabel('Security code'), newCode);
    await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
    await page.waitForURL(/\/services$/);
    await context.close();
  });
});
