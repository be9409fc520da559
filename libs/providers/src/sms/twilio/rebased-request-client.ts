import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

const DEFAULT_RETRY_AFTER_MS = 5000;

/** Twilio answered 429. The SDK drops the response headers, so the wait it asked for is kept here. */
export class TwilioRateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super('Twilio asked us to slow down (HTTP 429)');
    this.name = 'TwilioRateLimited';
  }
}

/**
 * The SDK's HTTP client, sending to a configured base URL instead of api.twilio.com (tests use a
 * server on loopback), and keeping 429's Retry-After, which the SDK's own error leaves out.
 */
export class RebasedRequestClient extends twilio.RequestClient {
  private readonly base: URL;

  constructor(baseUrl: string, timeoutMs: number) {
    super({ timeout: timeoutMs, keepAlive: true });
    this.base = new URL(baseUrl);
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const response = await super.request({ ...opts, uri: this.rebase(opts.uri) });
    if (response.statusCode === 429) throw new TwilioRateLimited(retryAfterMs(response.headers?.['retry-after']));
    return response;
  }

  /** Keeps the path and query the SDK built; replaces scheme, host and port (any region or edge host too). */
  private rebase(uri: string): string {
    const original = new URL(uri);
    const basePath = this.base.pathname.replace(/\/+$/, '');
    return `${this.base.origin}${basePath}${original.pathname}${original.search}`;
  }
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(header: unknown, now = Date.now()): number {
  if (typeof header !== 'string' || header.trim() === '') return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, at - now);
}
