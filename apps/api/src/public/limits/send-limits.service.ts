/**
 * Daily send limits (notify-api.md section 7). Usage from a send service, e.g. SMS:
 *
 *   await this.limits.check(service, key.keyType, 'sms');                       // before validating the body
 *   ...validate; international = !phone.ukNumber...
 *   await this.limits.check(service, key.keyType, 'sms', { international });    // once the number is known
 *   await this.notifications.insert(...);
 *   await this.limits.record(service, key.keyType, 'sms', { international });   // only after the row is stored
 *
 * check() throws TooManyRequestsError (429) when count + 1 would pass the limit; record() counts
 * one send. Test keys are never counted; on a trial service they are checked against the live
 * defaults. Counters live in Redis per UTC day; a missing counter is 0 (rows are never counted),
 * and if Redis cannot be reached the send is allowed and not counted (warned once a minute).
 */
import { Injectable } from '@nestjs/common';
import type { KeyType, TemplateType } from '@herald/domain';
import type { Service } from '@herald/persistence';
import { DailyLimitType, dailyLimitError } from './limit-errors';
import { LimitsRedis } from './limits-redis';

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

@Injectable()
export class SendLimits {
  constructor(private readonly redis: LimitsRedis) {}

  async check(service: LimitedService, keyType: KeyType, channel: TemplateType, options: SendLimitOptions = {}, now = new Date()): Promise<void> {
    for (const type of limitTypes(channel, options)) {
      const limit = keyType === 'test' && service.restricted ? LIVE_DEFAULTS[type] : serviceLimit(service, type);
      const count = await this.redis.orFallback(async () => Number((await this.redis.client.get(this.counterKey(service.id, type, now))) ?? 0), 0);
      if (count + (options.count ?? 1) > limit) throw dailyLimitError(type, limit);
    }
  }

  async record(service: Pick<Service, 'id'>, keyType: KeyType, channel: TemplateType, options: SendLimitOptions = {}, now = new Date()): Promise<void> {
    if (keyType === 'test') return;
    const ttl = secondsToEndOfUtcDay(now) + SLACK_SECONDS;
    await this.redis.orFallback(async () => {
      const transaction = this.redis.client.multi();
      for (const type of limitTypes(channel, options)) {
        const key = this.counterKey(service.id, type, now);
        transaction.incrby(key, options.count ?? 1).expire(key, ttl);
      }
      await transaction.exec();
    }, undefined);
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
