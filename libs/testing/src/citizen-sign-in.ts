import type { CookieJar } from './cookie-jar';

/** The CSRF token of the first form on a page of the citizen app (its hidden `csrf_token` field). */
export function csrfTokenIn(html: string): string {
  const token = /name="csrf_token" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('No csrf_token field on the page');
  return token;
}

/** Where the citizen app's "Sign in" button sends the browser: the identity service's authorization URL. */
export async function startCitizenSignIn(jar: CookieJar, citizenUrl: string, next = '/messages'): Promise<URL> {
  const start = await jar.fetch(`${citizenUrl}/`);
  const response = await jar.post(`${citizenUrl}/sign-in`, { csrf_token: csrfTokenIn(await start.text()), next });
  const location = response.headers.get('location');
  if (response.status !== 303 || !location) throw new Error(`POST /sign-in answered ${response.status}, not a redirect to the identity service`);
  return new URL(location);
}

/**
 * Signs in on the development identity provider's own pages, as a person would: the login page (their
 * id, any password), then the consent page. Stops before the redirect back to the citizen app's
 * callback and gives its URL (with the code and state), so a test can change it before following it.
 */
export async function signInAtProvider(jar: CookieJar, authorizationUrl: URL, login: string): Promise<URL> {
  const atCallback = (url: URL) => url.pathname === '/sign-in/callback';
  let page = await jar.follow(authorizationUrl, await jar.fetch(authorizationUrl), atCallback);
  for (let step = 0; step < 4 && !page.stoppedBefore; step += 1) {
    const html = await page.response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(`The identity provider answered ${page.response.status} at ${page.url.href} without a sign-in form:\n${html.slice(0, 500)}`);
    const submit = new URL(action.replace(/&amp;/g, '&'), page.url);
    const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt };
    page = await jar.follow(submit, await jar.post(submit, form), atCallback);
  }
  if (!page.stoppedBefore) throw new Error(`Signing in as ${login} did not come back to the citizen app`);
  return page.stoppedBefore;
}
