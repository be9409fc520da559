/**
 * The headers every page gets. Forms may post to this site only, but signing in and out redirects
 * a form post to the identity service, which Chromium checks against form-action too.
 */
export function securityHeaders(cspNonce: string, issuerOrigin: string | null): Record<string, string> {
  const formAction = ["'self'", ...(issuerOrigin ? [issuerOrigin] : [])].join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src 'self' 'nonce-${cspNonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      `form-action ${formAction}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
