import type { Page } from 'playwright-core';
import type { TestUser } from '../scenario';
import { nextTotpCode } from '../totp-codes';
import { activateWithKeyboard, openPage, typeWithKeyboard } from './browser';

/** Signs in through the sign-in page (password, then the authenticator code) with the keyboard alone and waits to land on a signed-in page. */
export async function signInWithKeyboard(page: Page, adminUrl: string, user: TestUser): Promise<void> {
  await openPage(page, `${adminUrl}/sign-in`);
  await typeWithKeyboard(page, page.getByLabel('Email address'), user.emailAddress);
  await typeWithKeyboard(page, page.getByLabel('Password', { exact: true }), user.password);
  await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
  await page.waitForURL((url) => url.pathname === '/sign-in/code');
  await typeWithKeyboard(page, page.getByLabel('Security code'), await nextTotpCode(user));
  await activateWithKeyboard(page, page.getByRole('button', { name: 'Continue' }));
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
