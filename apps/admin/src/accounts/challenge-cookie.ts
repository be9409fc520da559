/** Holds the second-factor challenge between the password page and the code page (http-only, 15 minutes). */
export const CHALLENGE_COOKIE = 'herald_challenge';
