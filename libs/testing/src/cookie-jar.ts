/**
 * A browser's cookies and redirects without a browser: fetch that keeps the cookies each host sets
 * (by host name, as browsers do, whatever the port) and sends them back, and follows redirects one
 * step at a time so a test can stop at, look at or change any of them.
 */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  /** One request, no redirect followed; the answer's cookies are kept. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(target.hostname);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.keep(target.hostname, response.headers.getSetCookie());
    return response;
  }

  /** A form post (application/x-www-form-urlencoded), as a browser sends one. */
  post(url: string | URL, form: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    return this.fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /**
   * Follows redirects (each with GET, as a browser does after a form post) from `response`, the
   * answer to `url`, until one is not a redirect or its target satisfies `stopBefore` (then not
   * fetched). Gives the last answer fetched and the URL it came from, or the URL stopped before.
   */
  async follow(url: string | URL, response: Response, stopBefore: (next: URL) => boolean = () => false, maxRedirects = 20): Promise<Followed> {
    let current = new URL(url);
    for (let redirects = 0; redirects <= maxRedirects; redirects += 1) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response, stoppedBefore: null };
      const next = new URL(location, current);
      if (stopBefore(next)) return { url: current, response, stoppedBefore: next };
      current = next;
      response = await this.fetch(next);
    }
    throw new Error(`More than ${maxRedirects} redirects from ${String(url)}`);
  }

  get(hostname: string, name: string): string | undefined {
    return this.byHost.get(hostname)?.get(name);
  }

  set(hostname: string, name: string, value: string): void {
    const cookies = this.byHost.get(hostname) ?? new Map<string, string>();
    cookies.set(name, value);
    this.byHost.set(hostname, cookies);
  }

  private cookieHeader(hostname: string): string {
    return [...(this.byHost.get(hostname) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(hostname: string, setCookies: readonly string[]): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      const expired = attributes.some((a) => /^max-age=(0|-\d+)$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()));
      if (expired || value === '') this.byHost.get(hostname)?.delete(name);
      else this.set(hostname, name, value);
    }
  }
}

export interface Followed {
  /** The URL of `response`. */
  readonly url: URL;
  readonly response: Response;
  /** The redirect target `stopBefore` stopped at, not fetched; null when the redirects ended. */
  readonly stoppedBefore: URL | null;
}
