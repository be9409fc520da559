import { randomBytes, randomUUID } from 'node:crypto';
import type { HeraldConfig } from '@herald/config';
import { loadTestSettings } from '@herald/config';
import { LimitsRedis } from '@herald/redis';
import type { SendProblem } from '../send-problem';
import { DailyLimits, LimitedService } from './daily-limits.service';

const aService = (overrides: Partial<LimitedService> = {}): LimitedService => ({
  id: randomUUID(),
  restricted: false,
  emailMessageLimit: 5,
  smsMessageLimit: 5,
  letterMessageLimit: 5,
  internationalSmsMessageLimit: 1,
  ...overrides,
});

const refusal = async (promise: Promise<SendProblem | null>) => {
  const problem = await promise;
  expect(problem).not.toBeNull();
  return { status_code: problem!.status, errors: [{ error: problem!.error, message: problem!.message }] };
};

describe('DailyLimits on Redis', () => {
  let redis: LimitsRedis;
  let limits: DailyLimits;

  beforeAll(async () => {
    redis = new LimitsRedis({ queuePrefix: `{limits-${randomBytes(4).toString('hex')}}`, redisUrl: loadTestSettings().redisUrl } as HeraldConfig);
    await redis.onModuleInit();
    limits = new DailyLimits(redis);
  });
  afterAll(() => redis.onApplicationShutdown());

  it('counts an international text towards both sms and international_sms', async () => {
    const service = aService();
    expect(await limits.check(service, 'normal', 'sms', { international: true })).toBeNull();
    await limits.record(service, 'normal', 'sms', { international: true });
    expect(await limits.check(service, 'normal', 'sms')).toBeNull();
    expect(await refusal(limits.check(service, 'normal', 'sms', { international: true }))).toEqual({
      status_code: 429,
      errors: [{ error: 'TooManyRequestsError', message: 'Exceeded send limits (international_sms: 1) for today' }],
    });
  });

  it('keeps a counter per notification type', async () => {
    const service = aService({ emailMessageLimit: 1, letterMessageLimit: 1 });
    await limits.record(service, 'team', 'email');
    expect((await refusal(limits.check(service, 'team', 'email'))).errors[0].message).toBe('Exceeded send limits (email: 1) for today');
    expect(await limits.check(service, 'team', 'letter')).toBeNull();
  });

  it('counts the UTC day: a new day starts at 0', async () => {
    const service = aService({ emailMessageLimit: 1 });
    const lateEvening = new Date('2026-11-29T23:59:59Z');
    await limits.record(service, 'normal', 'email', {}, lateEvening);
    await expect(limits.check(service, 'normal', 'email', {}, lateEvening)).resolves.toMatchObject({ code: 'daily-limit', status: 429 });
    expect(await limits.check(service, 'normal', 'email', {}, new Date('2026-11-30T00:00:00Z'))).toBeNull();
  });

  it('checks a trial service’s test key against the live defaults, and never counts it', async () => {
    const trial = aService({ restricted: true, emailMessageLimit: 0 });
    expect(await limits.check(trial, 'test', 'email')).toBeNull();
    await limits.record(trial, 'test', 'email');
    await expect(limits.check(trial, 'normal', 'email')).resolves.toMatchObject({ code: 'daily-limit', status: 429 });
    const live = aService({ emailMessageLimit: 0 });
    await expect(limits.check(live, 'test', 'email')).resolves.toMatchObject({ code: 'daily-limit', status: 429 });
  });
});
