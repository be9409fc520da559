import type { Provider } from '@nestjs/common';
import Redis from 'ioredis';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { SIMULATED_SMS_PROVIDER, SmsProvider } from '@herald/domain';
import { OutboxSmsProvider } from './outbox/outbox-sms.provider';
import { SimulatedSmsProvider } from './simulated/simulated-sms.provider';
import { RedisSmsProviderHealth } from './sms-provider-health';
import { SmsProviderSelector } from './sms-provider-selector';
import { TwilioSmsProvider } from './twilio/twilio-sms.provider';

const SMS_PROVIDER_HEALTH = Symbol('SMS_PROVIDER_HEALTH');

/** The configured Twilio accounts by priority, or the outbox when there are none. */
export function liveSmsProviders(config: HeraldConfig): SmsProvider[] {
  if (config.sms.twilio.length === 0) return [new OutboxSmsProvider(config.outboxDir)];
  return config.sms.twilio.map((account) => new TwilioSmsProvider(account, config.api.baseUrl, config.sms.timeoutSeconds * 1000));
}

/** The shared health store on a Redis connection of its own, which its owner closes (onApplicationShutdown). */
export function openSmsProviderHealth(config: HeraldConfig): RedisSmsProviderHealth {
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
  // Failures surface on the commands themselves; the selector logs them.
  redis.on('error', () => undefined);
  return new RedisSmsProviderHealth(redis, config.queuePrefix, config.sms.failover);
}

/** Nest bindings of the SMS channel, for ProvidersModule. */
export const SMS_PROVIDER_BINDINGS: Provider[] = [
  { provide: SIMULATED_SMS_PROVIDER, useClass: SimulatedSmsProvider },
  {
    provide: SMS_PROVIDER_HEALTH,
    inject: [HERALD_CONFIG],
    useFactory: openSmsProviderHealth,
  },
  {
    provide: SmsProviderSelector,
    inject: [HERALD_CONFIG, SMS_PROVIDER_HEALTH],
    useFactory: (config: HeraldConfig, health: RedisSmsProviderHealth) => new SmsProviderSelector(liveSmsProviders(config), health, config.sms.failover),
  },
];

export const SMS_PROVIDER_EXPORTS = [SIMULATED_SMS_PROVIDER, SmsProviderSelector];
