import { ProviderError } from '@herald/domain';
import { TwilioRateLimited } from './rebased-request-client';

/**
 * Twilio refusing our credentials or account is about the provider, not the message: another
 * provider (or this one, once fixed) can still send it.
 */
const PROVIDER_SIDE_STATUSES: ReadonlySet<number> = new Set([401, 403, 404]);

interface TwilioFailure {
  readonly status?: unknown;
  readonly code?: unknown;
}

/**
 * What a failed Twilio call means for the notification. Twilio's own messages can quote the
 * phone number, so only the HTTP status and Twilio's error code are kept.
 */
export function classifyTwilioError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof TwilioRateLimited) return ProviderError.throttled(error.message, error.retryAfterMs);
  const { status, code } = (error ?? {}) as TwilioFailure;
  if (typeof status === 'number') {
    const detail = `HTTP ${status}${typeof code === 'number' ? `, Twilio error ${code}` : ''}`;
    if (status >= 500) return ProviderError.retryable(`Twilio failed (${detail})`);
    if (PROVIDER_SIDE_STATUSES.has(status)) return ProviderError.retryable(`Twilio refused the account or credentials (${detail})`);
    if (status >= 400) return ProviderError.permanent(`Twilio refused the message (${detail})`);
  }
  return ProviderError.retryable(`Twilio did not answer (${typeof code === 'string' ? code : 'no response'})`);
}
