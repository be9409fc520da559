import { Job, UnrecoverableError, Worker } from 'bullmq';
import { ProviderError } from '@herald/domain';
import { DeliveryJob } from '@herald/queue';
import { finalFailure, useDeliveryRetries } from './delivery-attempt';

const settings = { maxAttempts: 10, baseSeconds: 10, maxTotalSeconds: 30 };
/** Only the fields finalFailure reads: BullMQ's own bookkeeping of the job. */
const aJob = (attemptsMade: number, attempts = 10) => ({ attemptsMade, opts: { attempts } }) as unknown as Job<DeliveryJob>;

describe('when a delivery job gives up', () => {
  const retryable = ProviderError.retryable('SMTP relay unavailable (421)');

  it('keeps going while a retry is left', () => {
    expect(finalFailure(aJob(1), retryable, settings)).toBeNull();
    expect(finalFailure(aJob(2), retryable, settings)).toBeNull();
  });

  it('gives up with the provider’s error once the retry budget is spent, before the attempts run out', () => {
    expect(finalFailure(aJob(3), retryable, settings)).toBe(retryable);
  });

  it('gives up once the job’s attempts are used up', () => {
    expect(finalFailure(aJob(3, 3), retryable, { ...settings, maxTotalSeconds: 3600 })).toBe(retryable);
  });

  it('does not fail a notification whose job BullMQ failed for stalling too often (its workers died, not its provider)', () => {
    expect(finalFailure(aJob(0), new UnrecoverableError('job stalled more than allowable limit'), settings)).toBeNull();
  });

  it('gives up at once, as permanent, on an unrecoverable error', () => {
    expect(finalFailure(aJob(1), new UnrecoverableError('Twilio refused the message (HTTP 400, Twilio error 21211)'), settings)).toEqual(
      ProviderError.permanent('Twilio refused the message (HTTP 400, Twilio error 21211)'),
    );
  });
});

describe('the delivery retry schedule on a worker', () => {
  it('is set as the worker’s custom backoff strategy, keeping its other settings', async () => {
    const worker = { opts: { settings: { repeatStrategy: undefined } } } as unknown as Worker;
    useDeliveryRetries(worker, settings);
    const strategy = worker.opts.settings!.backoffStrategy!;
    expect(await strategy(1)).toBeGreaterThanOrEqual(7500);
    expect(await strategy(3)).toBe(-1);
    expect(worker.opts.settings).toHaveProperty('repeatStrategy');
  });
});
