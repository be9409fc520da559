import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HeraldConfig } from '@herald/config';
import { aFreePort, aTestConfig } from '@herald/testing';
import { createCitizenApp } from '../bootstrap/create-citizen-app';
import { CitizenSession } from './citizen-session';
import { SealedCookies } from './sealed-cookies';
import { SESSION_COOKIE, SIGN_IN_COOKIE } from './session-cookies';
import type { SignedInPerson } from './signed-in-person';

/** The session cookie: sealed so that a changed, foreign or expired one signs the person out, never in. */
describe('the citizen session cookie', () => {
  let config: HeraldConfig;
  let app: NestFastifyApplication;
  let appUrl: string;
  let sealed: SealedCookies;

  beforeAll(async () => {
    const port = await aFreePort();
    appUrl = `http://127.0.0.1:${port}`;
    // An issuer that nothing here calls: these pages only read the cookie.
    config = await aTestConfig({ CITIZEN_BASE_URL: appUrl, CITIZEN_OIDC_ISSUER: 'http://127.0.0.1:9/', CITIZEN_API_URL: 'http://127.0.0.1:9' });
    app = await createCitizenApp(config);
    await app.listen({ port, host: '127.0.0.1' });
    sealed = new SealedCookies(config.encryptionKey);
  });
  afterAll(() => app?.close());

  const alex = (overrides: Partial<SignedInPerson> = {}): SignedInPerson => ({
    accessToken: 'an-access-token',
    expiresAt: Date.now() + 60_000,
    name: 'Alex Example',
    ...overrides,
  });
  const withCookie = (path: string, value: string) => fetch(`${appUrl}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${value}` }, redirect: 'manual' });
  const sessionCookieSet = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));

  it('R-TR-1: a cookie the app sealed signs the person in: the start page greets them by name', async () => {
    const response = await withCookie('/', sealed.seal(SESSION_COOKIE, alex()));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('You are signed in as Alex Example.');
    expect(sessionCookieSet(response)).toBeUndefined();
  });

  it('R-TR-1: a changed cookie signs the person out and is taken away', async () => {
    const value = sealed.seal(SESSION_COOKIE, alex());
    const changed = `${value.slice(0, 20)}${value[20] === 'A' ? 'B' : 'A'}${value.slice(21)}`;
    const start = await withCookie('/', changed);
    expect(await start.text()).not.toContain('You are signed in');
    expect(sessionCookieSet(start)).toMatch(/^herald_citizen_session=;.*Expires=Thu, 01 Jan 1970/);

    const messages = await withCookie('/messages', changed);
    expect(messages.status).toBe(303);
    expect(messages.headers.get('location')).toBe('/sign-in?next=%2Fmessages&ended=1');
  });

  it('R-TR-1: a cookie sealed under another key, or for another cookie, does not sign anyone in', async () => {
    const otherKey = new SealedCookies(Buffer.alloc(32, 7)).seal(SESSION_COOKIE, alex());
    const otherCookie = sealed.seal(SIGN_IN_COOKIE, alex());
    for (const value of [otherKey, otherCookie, 'not-sealed-at-all']) {
      const response = await withCookie('/messages', value);
      expect([value, response.status, response.headers.get('location')]).toEqual([value, 303, '/sign-in?next=%2Fmessages&ended=1']);
    }
  });

  it('R-TR-1: the session ends with the access token: an expired one sends the person to sign in again', async () => {
    const response = await withCookie('/preferences', sealed.seal(SESSION_COOKIE, alex({ expiresAt: Date.now() - 1000 })));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sign-in?next=%2Fpreferences&ended=1');
    expect(sessionCookieSet(response)).toMatch(/^herald_citizen_session=;/);
  });

  it('R-TR-1: with no cookie at all, a page that needs a sign-in asks for one without saying it ended', async () => {
    const response = await fetch(`${appUrl}/lookups?page=2`, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('/sign-in?next=%2Flookups%3Fpage%3D2');
  });

  it('R-TR-1: the cookie is http-only and SameSite=Lax, lasts as long as the token, and is Secure when the app is served over https', async () => {
    const set: Array<{ name: string; value: string; options: Record<string, unknown> }> = [];
    const reply = {
      setCookie: (name: string, value: string, options: Record<string, unknown>) => set.push({ name, value, options }),
      clearCookie: () => undefined,
    };
    const now = Date.now();
    new CitizenSession(config).start(reply, alex({ expiresAt: now + 3_600_000 }), now);
    new CitizenSession(await aTestConfig({ CITIZEN_BASE_URL: 'https://citizen.example.gov' })).start(reply, alex({ expiresAt: now + 60_000 }), now);

    expect(set.map((s) => s.options)).toEqual([
      { path: '/', httpOnly: true, sameSite: 'lax', secure: false, maxAge: 3600 },
      { path: '/', httpOnly: true, sameSite: 'lax', secure: true, maxAge: 60 },
    ]);
    expect(set[0].value).not.toContain('an-access-token');
    expect(new CitizenSession(config).read({ cookies: { [SESSION_COOKIE]: set[0].value } })).toEqual(alex({ expiresAt: now + 3_600_000 }));
  });
});
