import { ProviderError } from '@herald/domain';
import type { HeraldMetrics, MetricChannel, ProviderOutcome } from '@herald/metrics';

type Method<P> = { [K in keyof P]: P[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof P];

/**
 * The provider as it is, with every call of `method` timed and counted by outcome
 * (herald_provider_call_duration_seconds). A Proxy rather than a wrapper class, so the provider
 * keeps its own type and its other methods (`close()`, and the `instanceof` checks on it).
 */
export function metered<P extends { readonly name: string }>(provider: P, method: Method<P>, channel: MetricChannel, metrics: HeraldMetrics): P {
  const call = provider[method] as (...args: unknown[]) => Promise<unknown>;
  const timed = async (...args: unknown[]): Promise<unknown> => {
    const started = performance.now();
    const record = (outcome: ProviderOutcome) => metrics.providerCalled({ channel, provider: provider.name, outcome }, (performance.now() - started) / 1000);
    try {
      const result = await call.apply(provider, args);
      record('accepted');
      return result;
    } catch (error) {
      record(error instanceof ProviderError ? error.kind : 'error');
      throw error;
    }
  };
  return new Proxy(provider, {
    get(target, property) {
      if (property === method) return timed;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
