import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as client from 'openid-client';
import type { HeraldConfig } from '@herald/config';
import { aFreePort, aTestConfig, CookieJar, csrfTokenIn, LoopbackIdentityProvider, signInAtProvider, startCitizenSignIn } from '@herald/testing';
import { createCitizenApp } from '../bootstrap/create-citizen-app';
import { CitizenSession } from '../session/citizen-session';
import { SESSION_COOKIE, SIGN_IN_COOKIE } from '../session/session-cookies';

/** Signing in with OpenID Connect against the development identity provider, followed redirect by redirect. */
describe('citizen sign-in', () => {
  let identity: LoopbackIdentityProvider;
  let config: HeraldConfig;
  let app: NestFastifyApplication;
  let appUrl: string;

  beforeAll(async () => {
    const port = await aFreePort();
    appUrl = `http://127.0.0.1:${port}`;
    identity = await new LoopbackIdentityProvider({
      citizens: [{ id: 'alex', name: 'Alex Example', email: 'alex@example.com', nationalId: 'QQ123456C' }],
      redirectUris: [`${appUrl}/sign-in/callback`],
      postLogoutRedirectUris: [`${appUrl}/signed-out`],
    }).start();
    config = await aTestConfig({ ...identity.configFor(), CITIZEN_BASE_URL: appUrl, CITIZEN_API_URL: 'http://127.0.0.1:9' });
    app = await createCitizenApp(config);
    await app.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await identity?.stop();
  });

  const sessionOf = (jar: CookieJar) => new CitizenSession(config).read({ cookies: { [SESSION_COOKIE]: jar.get('127.0.0.1', SESSION_COOKIE) } });

  it('R-TR-1: the Sign in button sends the person to the identity service with PKCE (S256), state, nonce and the citizen scopes', async () => {
    const url = await startCitizenSignIn(new CookieJar(), appUrl);
    expect(url.origin + url.pathname).toBe(`${identity.issuer}/auth`);
    const params = Object.fromEntries(url.searchParams);
    expect(params).toEqual({
      client_id: identity.clientId,
      response_type: 'code',
      redirect_uri: `${appUrl}/sign-in/callback`,
      scope: 'openid profile email phone national_id',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it("R-TR-1: signing in on the provider's pages opens a session holding a token the provider accepts, and the person's name", async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar, await startCitizenSignIn(jar, appUrl, '/lookups'), 'alex');
    const back = await jar.fetch(callback);

    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/lookups');
    const cookie = back.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(jar.get('127.0.0.1', SIGN_IN_COOKIE)).toBeUndefined();
    const person = sessionOf(jar);
    expect(person).toMatchObject({ name: 'Alex Example', expiresAt: expect.any(Number) });
    expect(person!.expiresAt).toBeGreaterThan(Date.now() + 50 * 60_000);

    const provider = await client.discovery(new URL(identity.issuer), identity.clientId, identity.clientSecret, undefined, {
      execute: [client.allowInsecureRequests],
    });
    expect(await client.fetchUserInfo(provider, person!.accessToken, client.skipSubjectCheck)).toMatchObject({ sub: 'alex', national_id: 'QQ123456C' });
  });

  it('R-TR-1: a callback whose state is not the one this browser was given is refused, and no session is opened', async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar, await startCitizenSignIn(jar, appUrl), 'alex');
    callback.searchParams.set('state', client.randomState());
    const back = await jar.fetch(callback);

    expect(back.status).toBe(400);
    expect(await back.text()).toContain('We could not sign you in');
    expect(sessionOf(jar)).toBeNull();
  });

  it('R-TR-1: a callback can be used once: the same code and state in a browser with no sign-in under way is refused', async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar, await startCitizenSignIn(jar, appUrl), 'alex');
    expect((await jar.fetch(callback)).status).toBe(303);

    const stranger = new CookieJar();
    expect((await stranger.fetch(callback)).status).toBe(400);
    expect(sessionOf(stranger)).toBeNull();
    // And in the same browser, the attempt is gone once used.
    expect((await jar.fetch(callback)).status).toBe(400);
  });

  it("R-TR-1: a form posted to /sign-in without the page's CSRF token is refused", async () => {
    const response = await new CookieJar().post(`${appUrl}/sign-in`, { next: '/messages' });
    expect(response.status).toBe(403);
  });

  it("R-TR-1: signing out clears the session and goes to the provider's sign-out page, which comes back to /signed-out", async () => {
    const jar = new CookieJar();
    await jar.fetch(await signInAtProvider(jar, await startCitizenSignIn(jar, appUrl), 'alex'));
    const start = await jar.fetch(`${appUrl}/`);
    const out = await jar.post(`${appUrl}/sign-out`, { csrf_token: csrfTokenIn(await start.text()) });

    expect(out.status).toBe(303);
    const endSession = new URL(out.headers.get('location')!);
    expect(endSession.origin).toBe(identity.issuer);
    expect(Object.fromEntries(endSession.searchParams)).toEqual({ client_id: identity.clientId, post_logout_redirect_uri: `${appUrl}/signed-out` });
    expect(jar.get('127.0.0.1', SESSION_COOKIE)).toBeUndefined();

    // The provider asks "Do you want to sign-out?"; yes brings the person back to the app.
    const confirm = await jar.fetch(endSession);
    const html = await confirm.text();
    const action = new URL(/<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)![1], endSession);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1];
    const back = await jar.follow(action, await jar.post(action, { xsrf, logout: 'yes' }));
    expect(back.url.href).toBe(`${appUrl}/signed-out`);
    expect(await back.response.text()).toContain('You have signed out');
  });
});
