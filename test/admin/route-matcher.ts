import type { AdminRoute } from './admin-routes';

const segments = (path: string): string[] => path.split('/').filter(Boolean);

/** How many leading segments are fixed text: the router prefers `settings/name` to `settings/:kind`. */
function specificity(route: AdminRoute): number[] {
  return segments(route.path).map((s) => (s.startsWith(':') ? 0 : 1));
}

function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

function matches(route: AdminRoute, path: string): boolean {
  const want = segments(route.path);
  const given = segments(path);
  return want.length === given.length && want.every((s, i) => s.startsWith(':') || s === given[i]);
}

/** The route a request for `path` (no query) reaches, as the router chooses: fixed text before a parameter. */
export function routeFor(routes: readonly AdminRoute[], method: 'GET' | 'POST', path: string): AdminRoute | undefined {
  return routes.filter((r) => r.method === method && matches(r, path)).sort((a, b) => compareSpecificity(specificity(a), specificity(b)))[0];
}

export interface PageTarget {
  readonly method: 'GET' | 'POST';
  /** The path only: no origin, query or fragment. */
  readonly path: string;
  /** How the page offers it, for the failure message. */
  readonly html: string;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const decode = (value: string): string =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** Every link (`href`) and form (`action`, or the page itself when it has none) a page offers, on this origin. */
export function targetsOf(html: string, pagePath: string): PageTarget[] {
  const targets: PageTarget[] = [];
  const add = (method: 'GET' | 'POST', url: string, tag: string) => {
    const resolved = new URL(decode(url), `http://admin${pagePath}`);
    if (resolved.origin === 'http://admin') targets.push({ method, path: decodeURI(resolved.pathname), html: tag });
  };
  for (const [tag] of html.matchAll(/<a\s[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href !== undefined && !href.startsWith('#') && !href.startsWith('mailto:')) add('GET', href, tag);
  }
  for (const [tag] of html.matchAll(/<form\s[^>]*>/gi)) {
    add((attribute(tag, 'method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET', attribute(tag, 'action') ?? pagePath, tag);
  }
  return targets;
}
