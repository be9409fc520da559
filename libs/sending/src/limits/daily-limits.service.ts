/**
 * Daily send limits (docs/api.md, "Limits"). NotificationSender checks them before a row is
 * stored and counts the row after; the v2 API also checks the channel's limit before it reads the
 * body, as Notify does.
 *
 * check() answers a TooManyRequestsError problem when count + 1 would pass the limit; record() counts
 * one send. Test keys are never counted; on a trial service they are checked against the live
 * defaults. Counters live in Redis per UTC day; a missing counter is 0 (rows are never counted),
 * and if Redis cannot be reached the send is allowed and not counted (warned once a minute).
 */
import { Injectable } from '@nestjs/common';
import type { KeyType, Service, TemplateType } from '@herald/domain';
import { LimitsRedis, LuaScript } from '@herald/redis';
import { SendProblem, sendProblem } from '../send-problem';

/** Which daily limit a send counts towards: one per channel, plus international texts. */
export type DailyLimitType = 'email' | 'sms' | 'letter' | 'international_sms';

export type LimitedService = Pick<
  Service,
  'id' | 'restricted' | 'emailMessageLimit' | 'smsMessageLimit' | 'letterMessageLimit' | 'internationalSmsMessageLimit'
>;

export interface SendLimitOptions {
  /** A text to a number outside the UK also counts towards `international_sms`. */
  readonly international?: boolean;
  /** How many sends at once (a bulk send checks and counts all its rows together); 1 when absent. */
  readonly count?: number;
}

/** The live service defaults Notify checks a trial service's test keys against. */
const LIVE_DEFAULTS: Record<DailyLimitType, number> = { email: 250_000, sms: 250_000, letter: 20_000, international_sms: 100 };
const SLACK_SECONDS = 3600;

/** Counts a send on each of its counters (KEYS), kept until ARGV[2] seconds from now: one command, so one round trip. */
const RECORD = new LuaScript(`
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], ARGV[1])
  redis.call('EXPIRE', KEYS[i], ARGV[2])
end
return 0
`);

@Injectable()
export class DailyLimits {
  constructor(private readonly redis: LimitsRedis) {}

  /** The first limit this send would pass, or null. */
  async check(service: LimitedService, keyType: KeyType, channel: TemplateType, options: SendLimitOptions = {}, now = new Date()): Promise<SendProblem | null> {
    const keys = this.counterKeys(service.id, channel, options, now);
    const counts = await this.redis.orFallback(async () => (await this.redis.client.mget(...keys)).map((count) => Number(count ?? 0)), null);
    return counts === null ? null : this.problemFor(service, keyType, channel, counts, options);
  }

  /** The day's counters a send counts on, in the order problemFor takes their counts. */
  counterKeys(serviceId: string, channel: TemplateType, options: SendLimitOptions = {}, now = new Date()): string[] {
    return limitTypes(channel, options).map((type) => this.counterKey(serviceId, type, now));
  }

  /** The first limit this send would pass, given the counts already read from counterKeys (the API reads them with its rate limit). */
  problemFor(service: LimitedService, keyType: KeyType, channel: TemplateType, counts: readonly number[], options: SendLimitOptions = {}): SendProblem | null {
    for (const [index, type] of limitTypes(channel, options).entries()) {
      const limit = keyType === 'test' && service.restricted ? LIVE_DEFAULTS[type] : serviceLimit(service, type);
      if ((counts[index] ?? 0) + (options.count ?? 1) > limit) {
        return sendProblem('daily-limit', 'service', `Exceeded send limits (${type}: ${limit}) for today`, { error: 'TooManyRequestsError', status: 429 });
      }
    }
    return null;
  }

  async record(service: Pick<Service, 'id'>, keyType: KeyType, channel: TemplateType, options: SendLimitOptions = {}, now = new Date()): Promise<void> {
    if (keyType === 'test') return;
    const ttl = secondsToEndOfUtcDay(now) + SLACK_SECONDS;
    await this.redis.orFallback(() => RECORD.run(this.redis.client, this.counterKeys(service.id, channel, options, now), [options.count ?? 1, ttl]), undefined);
  }

  private counterKey(serviceId: string, type: DailyLimitType, now: Date): string {
    return `${this.redis.keyPrefix}:daily:${serviceId}:${type}:${now.toISOString().slice(0, 10)}`;
  }
}

function limitTypes(channel: TemplateType, options: SendLimitOptions): DailyLimitType[] {
  return channel === 'sms' && options.international ? ['sms', 'international_sms'] : [channel];
}

function serviceLimit(service: LimitedService, type: DailyLimitType): number {
  switch (type) {
    case 'email':
      return service.emailMessageLimit;
    case 'sms':
      return service.smsMessageLimit;
    case 'letter':
      return service.letterMessageLimit;
    case 'international_sms':
      return service.internationalSmsMessageLimit;
  }
}

function secondsToEndOfUtcDay(now: Date): number {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.ceil((end - now.getTime()) / 1000);
}
