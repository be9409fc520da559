import type { SmsProviderWindow } from './sms-provider-window';

/** How one send went: a failure (timeouts included) or a success, and how long it took. */
export interface SmsSendOutcome {
  readonly ok: boolean;
  readonly latencyMs: number;
}

/** What every worker knows about one SMS provider. */
export interface SmsProviderState {
  /** An operator took the provider out of rotation (`herald provider disable NAME`, or the platform dashboard). */
  readonly switchedOff: boolean;
  /** Failed over: only probe sends reach it until enough succeed in a row (half-open). */
  readonly tripped: boolean;
  readonly window: SmsProviderWindow;
}

/**
 * Health of the SMS providers, shared by all workers (port). The Redis store lives in libs/redis,
 * with Herald's other Redis connections; the worker's provider selector and the API's platform dashboard
 * both read it.
 */
export interface SmsProviderHealth {
  states(names: readonly string[]): Promise<Map<string, SmsProviderState>>;
  record(name: string, outcome: SmsSendOutcome): Promise<void>;
  /** Marks a provider failed over; a no-op when it already is. */
  trip(name: string): Promise<void>;
  switchOff(name: string): Promise<void>;
  switchOn(name: string): Promise<void>;
}

/** Nest injection token of the shared SMS provider health store. */
export const SMS_PROVIDER_HEALTH = Symbol('SMS_PROVIDER_HEALTH');
