import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The loopback security server's `X-Road-Request-Hash`: base64 SHA-512 over the request's method,
 * path (with its query) and X-Road headers (by lower-case name, sorted), and its body. A real
 * security server hashes the signed request message; what matters to Herald is that the hash
 * names this one request and comes back with its answer (R-OO-1).
 */
export function xRoadRequestHash(method: string, path: string, headers: IncomingHttpHeaders, body = ''): string {
  const xRoad = Object.entries(headers)
    .filter(([name]) => name.toLowerCase().startsWith('x-road-'))
    .map(([name, value]) => `${name.toLowerCase()}:${Array.isArray(value) ? value.join(',') : String(value)}`)
    .sort();
  return createHash('sha512')
    .update([method.toUpperCase(), path, ...xRoad, body].join('\n'))
    .digest('base64');
}
