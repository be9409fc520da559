/** The admin's cookies. Both http-only and SameSite=Lax; Secure when the admin is served over https. */
export const SESSION_COOKIE = 'herald_session';
export const CSRF_COOKIE = 'herald_csrf';

export interface CookieOptions {
  readonly path: string;
  readonly httpOnly: true;
  readonly sameSite: 'lax';
  readonly secure: boolean;
  readonly maxAge?: number;
}

export function cookieOptions(adminBaseUrl: string, maxAgeSeconds?: number): CookieOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: adminBaseUrl.startsWith('https:'), ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}
