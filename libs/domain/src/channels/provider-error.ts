/**
 * How a provider failed decides what happens next: retry later, give up at once, or wait as the
 * provider asked. Providers throw these; the worker never inspects vendor errors itself.
 */
export type ProviderErrorKind = 'retryable' | 'permanent' | 'throttled';

export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  static retryable(message: string): ProviderError {
    return new ProviderError('retryable', message);
  }

  static permanent(message: string): ProviderError {
    return new ProviderError('permanent', message);
  }

  static throttled(message: string, retryAfterMs: number): ProviderError {
    return new ProviderError('throttled', message, retryAfterMs);
  }
}
