/**
 * When an SMS provider counts as unhealthy (the failover settings of libs/config, which the
 * domain may not import; a HeraldConfig's `sms.failover` fits).
 */
export interface SmsFailoverThresholds {
  readonly windowSeconds: number;
  readonly minSends: number;
  readonly errorRatePercent: number;
  readonly p90LatencyMs: number;
}

/** One SMS provider's sends over the sliding window, summed across every worker. */
export interface SmsProviderWindow {
  readonly sends: number;
  readonly failures: number;
  readonly latencyTotalMs: number;
  /** Sends that took longer than the p90 latency threshold (timeouts included). */
  readonly slowSends: number;
}

export const EMPTY_WINDOW: SmsProviderWindow = { sends: 0, failures: 0, latencyTotalMs: 0, slowSends: 0 };

/** What the window says about a provider, for choosing one and for `provider list`. */
export interface SmsProviderVerdict {
  readonly healthy: boolean;
  /** Why it is unhealthy, for the log; null when healthy. */
  readonly reason: string | null;
  readonly sends: number;
  readonly errorRatePercent: number;
  readonly averageLatencyMs: number;
  readonly slowPercent: number;
}

/** The share of sends slower than the threshold above which the p90 latency is over it. */
const P90_SLOW_SHARE = 0.1;

const FIELD = /^(\d+):([nfls])$/;
const COUNTERS = { n: 'sends', f: 'failures', l: 'latencyTotalMs', s: 'slowSends' } as const;

/**
 * Sums the per-second buckets kept in Redis (`<unix second>:n|f|l|s` → count) that fall in the
 * last `windowSeconds` seconds up to `nowSeconds`, the current second included.
 */
export function summariseWindow(buckets: Record<string, string>, nowSeconds: number, windowSeconds: number): SmsProviderWindow {
  const sums = { sends: 0, failures: 0, latencyTotalMs: 0, slowSends: 0 };
  for (const [field, value] of Object.entries(buckets)) {
    const match = FIELD.exec(field);
    if (!match || Number(match[1]) <= nowSeconds - windowSeconds || Number(match[1]) > nowSeconds) continue;
    sums[COUNTERS[match[2] as keyof typeof COUNTERS]] += Number(value);
  }
  return sums;
}

/**
 * Unhealthy when the window holds at least `minSends` sends and either the share that failed
 * reaches the error rate, or more than 10% took longer than the latency threshold (so the 90th
 * percentile is above it). Too few sends to judge counts as healthy: a provider that has had no
 * traffic for a window gets it again, and the first sends re-judge it.
 */
export function judgeSmsProvider(window: SmsProviderWindow, settings: SmsFailoverThresholds): SmsProviderVerdict {
  const errorRatePercent = window.sends === 0 ? 0 : (100 * window.failures) / window.sends;
  const slowPercent = window.sends === 0 ? 0 : (100 * window.slowSends) / window.sends;
  const facts = {
    sends: window.sends,
    errorRatePercent: Math.round(errorRatePercent * 10) / 10,
    averageLatencyMs: window.sends === 0 ? 0 : Math.round(window.latencyTotalMs / window.sends),
    slowPercent: Math.round(slowPercent * 10) / 10,
  };
  const over = `over ${settings.windowSeconds} s`;
  let reason: string | null = null;
  if (window.sends >= settings.minSends && errorRatePercent >= settings.errorRatePercent) {
    reason = `${facts.errorRatePercent}% of ${window.sends} sends failed ${over}`;
  } else if (window.sends >= settings.minSends && window.slowSends > window.sends * P90_SLOW_SHARE) {
    reason = `${facts.slowPercent}% of ${window.sends} sends took longer than ${settings.p90LatencyMs} ms ${over}`;
  }
  return { healthy: reason === null, reason, ...facts };
}

/** One SMS provider as operators see it (`provider list`, the platform dashboard). */
export interface SmsProviderReport extends SmsProviderVerdict {
  readonly name: string;
  readonly enabled: boolean;
  /** Failed over: only probe texts reach it until enough succeed in a row. */
  readonly failedOver: boolean;
}

/** Each named provider (in the order given) with its switch, its failed-over flag and its window's verdict. */
export function reportSmsProviders(
  names: readonly string[],
  states: ReadonlyMap<string, { readonly switchedOff: boolean; readonly tripped: boolean; readonly window: SmsProviderWindow }>,
  settings: SmsFailoverThresholds,
): SmsProviderReport[] {
  return names.map((name) => {
    const state = states.get(name) ?? { switchedOff: false, tripped: false, window: EMPTY_WINDOW };
    return { name, enabled: !state.switchedOff, failedOver: state.tripped, ...judgeSmsProvider(state.window, settings) };
  });
}
