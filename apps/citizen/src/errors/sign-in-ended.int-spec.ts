import { CitizenUnderTest } from '@herald/testing';
import { SealedCookies } from '../session/sealed-cookies';
import { SESSION_COOKIE } from '../session/session-cookies';

/** The API is the judge of the person's token: when it refuses one, the app ends the session and asks for a sign-in. */
describe('a sign-in the API no longer accepts', () => {
  let citizen: CitizenUnderTest;
  let sealed: SealedCookies;

  beforeAll(async () => {
    citizen = await CitizenUnderTest.start([{ id: 'alex', name: 'Alex Example', email: 'alex@example.com' }], {}, { worker: false });
    sealed = new SealedCookies(citizen.herald.config.encryptionKey);
  });
  afterAll(() => citizen?.stop());

  const sessionFor = (accessToken: string) => sealed.seal(SESSION_COOKIE, { accessToken, expiresAt: Date.now() + 60_000, name: 'Alex Example' });
  const open = (path: string, session: string) => fetch(`${citizen.url}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${session}` }, redirect: 'manual' });

  it("R-TR-1: with a token the identity provider issued, the pages read the person's data from the API", async () => {
    const session = sessionFor(await citizen.identity.accessTokenFor('alex'));
    for (const path of ['/messages', '/lookups', '/preferences', '/download']) {
      const response = await open(path, session);
      expect([path, response.status]).toEqual([path, 200]);
    }
  });

  it('R-TR-1: when the API answers 403 to the token, the session ends and the person is sent to sign in again, back to the page after', async () => {
    for (const path of ['/messages', '/lookups?page=2', '/preferences', '/download/json']) {
      const response = await open(path, sessionFor('a-token-the-provider-never-issued'));
      expect([path, response.status, response.headers.get('location')]).toEqual([path, 303, `/sign-in?next=${encodeURIComponent(path)}&ended=1`]);
      expect(response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/^herald_citizen_session=;/);
    }
    const signIn = await fetch(`${citizen.url}/sign-in?next=%2Fmessages&ended=1`);
    expect(await signIn.text()).toContain('You have been signed out.');
  });
});
