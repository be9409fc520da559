import { judgeSmsProvider, summariseWindow } from './sms-provider-window';

const settings = { windowSeconds: 30, minSends: 10, errorRatePercent: 30, p90LatencyMs: 5000, probeIntervalMs: 5000, probeSuccesses: 3 };

describe('summing the per-second buckets of a provider’s window', () => {
  const now = 1_800_000_000;

  it('adds the buckets of the last N seconds, the current one included', () => {
    const buckets = {
      [`${now}:n`]: '3',
      [`${now}:f`]: '1',
      [`${now}:l`]: '900',
      [`${now}:s`]: '1',
      [`${now - 29}:n`]: '2',
      [`${now - 29}:l`]: '200',
    };
    expect(summariseWindow(buckets, now, 30)).toEqual({ sends: 5, failures: 1, latencyTotalMs: 1100, slowSends: 1 });
  });

  it('leaves out buckets that have slid out of the window, buckets from the future and other fields', () => {
    const buckets = { [`${now - 30}:n`]: '7', [`${now - 30}:f`]: '7', [`${now + 1}:n`]: '1', pruned: String(now), [`${now}:n`]: '1' };
    expect(summariseWindow(buckets, now, 30)).toEqual({ sends: 1, failures: 0, latencyTotalMs: 0, slowSends: 0 });
  });
});

describe('judging a provider on its window', () => {
  const window = (sends: number, failures: number, slowSends = 0, latencyTotalMs = sends * 100) => ({ sends, failures, slowSends, latencyTotalMs });

  it('is healthy with no sends at all', () => {
    expect(judgeSmsProvider(window(0, 0), settings)).toEqual({
      healthy: true,
      reason: null,
      sends: 0,
      errorRatePercent: 0,
      averageLatencyMs: 0,
      slowPercent: 0,
    });
  });

  it('is healthy below the minimum number of sends, however many failed', () => {
    expect(judgeSmsProvider(window(9, 9), settings).healthy).toBe(true);
  });

  it('is unhealthy from the error rate threshold on, not below it', () => {
    expect(judgeSmsProvider(window(100, 29), settings).healthy).toBe(true);
    expect(judgeSmsProvider(window(10, 3), settings)).toMatchObject({ healthy: false, reason: '30% of 10 sends failed over 30 s', errorRatePercent: 30 });
  });

  it('is unhealthy when more than one send in ten was slower than the threshold (p90 above it)', () => {
    expect(judgeSmsProvider(window(20, 0, 2), settings).healthy).toBe(true);
    expect(judgeSmsProvider(window(20, 0, 3), settings)).toMatchObject({
      healthy: false,
      reason: '15% of 20 sends took longer than 5000 ms over 30 s',
      slowPercent: 15,
    });
  });

  it('gives the average latency, rounded', () => {
    expect(judgeSmsProvider(window(3, 0, 0, 1000), settings).averageLatencyMs).toBe(333);
  });
});
