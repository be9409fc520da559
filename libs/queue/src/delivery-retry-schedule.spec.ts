import { deliveryBackoffStrategy, hasRetryLeft, retryCeilingsMs, retryDelayMs } from './delivery-retry-schedule';

const defaults = { maxAttempts: 10, baseSeconds: 30, maxTotalSeconds: 14_400 };
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the delivery retry schedule', () => {
  it('doubles from the base wait and cuts the last wait so the default adds up to 4 hours', () => {
    expect(retryCeilingsMs(defaults).map((ms) => ms / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3840, 6750]);
    expect(sum(retryCeilingsMs(defaults))).toBe(14_400_000);
  });

  it('retries one time fewer than the attempts', () => {
    expect(retryCeilingsMs({ maxAttempts: 3, baseSeconds: 1, maxTotalSeconds: 3600 })).toEqual([1000, 2000]);
    expect(retryCeilingsMs({ maxAttempts: 1, baseSeconds: 1, maxTotalSeconds: 3600 })).toEqual([]);
  });

  it('stops retrying when the total budget is spent, before the attempts run out', () => {
    expect(retryCeilingsMs({ maxAttempts: 10, baseSeconds: 10, maxTotalSeconds: 30 })).toEqual([10_000, 20_000]);
  });

  it('waits between 75% and 100% of the ceiling (jitter), and never adds up to more than the total', () => {
    expect(retryDelayMs(3, defaults, () => 0)).toBe(120_000);
    expect(retryDelayMs(3, defaults, () => 0.999999)).toBe(90_000);
    for (let run = 0; run < 200; run += 1) {
      const waits = retryCeilingsMs(defaults).map((_, i) => retryDelayMs(i + 1, defaults)!);
      waits.forEach((wait, i) => {
        expect(wait).toBeGreaterThanOrEqual(retryCeilingsMs(defaults)[i] * 0.75);
        expect(wait).toBeLessThanOrEqual(retryCeilingsMs(defaults)[i]);
      });
      expect(sum(waits)).toBeLessThanOrEqual(defaults.maxTotalSeconds * 1000);
    }
  });

  it('spreads the waits of texts that failed together', () => {
    const waits = new Set(Array.from({ length: 50 }, () => retryDelayMs(1, defaults)));
    expect(waits.size).toBeGreaterThan(10);
  });

  it('has no wait after the last retry, which BullMQ hears as -1 (give up)', () => {
    expect(retryDelayMs(9, defaults)).not.toBeNull();
    expect(retryDelayMs(10, defaults)).toBeNull();
    expect(deliveryBackoffStrategy({ maxAttempts: 10, baseSeconds: 10, maxTotalSeconds: 30 })(3)).toBe(-1);
    expect(deliveryBackoffStrategy(defaults)(1)).toBeGreaterThanOrEqual(22_500);
  });

  it('tells the worker whether a failed job will be tried again', () => {
    const small = { maxAttempts: 10, baseSeconds: 10, maxTotalSeconds: 30 };
    expect([1, 2, 3].map((attemptsMade) => hasRetryLeft(attemptsMade, small))).toEqual([true, true, false]);
    expect(hasRetryLeft(9, defaults)).toBe(true);
    expect(hasRetryLeft(10, defaults)).toBe(false);
  });
});
