/** The citizen app's cookies: all http-only and SameSite=Lax; Secure when the app is served over https. */
export const SESSION_COOKIE = 'herald_citizen_session';
/** The sign-in under way: PKCE verifier, state, nonce and where to go after (sealed, 10 minutes). */
export const SIGN_IN_COOKIE = 'herald_citizen_sign_in';
export const CSRF_COOKIE = 'herald_citizen_csrf';

export interface CookieOptions {
  readonly path: string;
  readonly httpOnly: true;
  readonly sameSite: 'lax';
  readonly secure: boolean;
  readonly maxAge?: number;
}

export function cookieOptions(baseUrl: string, maxAgeSeconds?: number): CookieOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: baseUrl.startsWith('https:'), ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}
