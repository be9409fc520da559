/**
 * The values a label may take. Every label is a closed set or a name an operator chose (a route
 * pattern, a provider, a queue), so no label ever holds a recipient, an id or personalisation, and
 * the number of series stays bounded.
 */
export type MetricChannel = 'email' | 'sms' | 'letter';

/** What a provider call ended in: accepted, or the kind of ProviderError it threw ('error': anything else). */
export type ProviderOutcome = 'accepted' | 'retryable' | 'permanent' | 'throttled' | 'error';

/**
 * What became of one run of a callback job: `sent` (the department's URL answered 2xx), `failed`
 * (a network error, 429 or 5xx: retried later), `refused` (a 4xx or a URL not allowed: never
 * retried), `given-up` (retries exhausted, after a `failed`), `skipped` (nothing left to report).
 */
export type CallbackOutcome = 'sent' | 'failed' | 'refused' | 'given-up' | 'skipped';

/** Which limit refused a request with 429: the per-key rate limit or the service's daily limit. */
export type LimitKind = 'rate' | 'daily';

/** One queue's jobs by state, as operators read a backlog. */
export type QueueState = 'waiting' | 'active' | 'delayed' | 'failed';

/** A request as the HTTP metrics record it: the route's pattern (never the URL), the method and the status. */
export interface AnsweredRequest {
  readonly method: string;
  /** The router's pattern, e.g. `/v2/notifications/:notificationId`; `unmatched` when no route matched. */
  readonly route: string;
  readonly status: number;
}
