export { assertRedisReachable } from './redis-check';
export { connectWithin, openFailFastRedis } from './fail-fast-redis';
export { redisAddress } from './redis-address';
export { RedisReadiness } from './redis-readiness';
export { RedisErrorSource, RedisOutageReporter } from './redis-outage-reporter';
export { openSmsProviderHealth, RedisSmsProviderHealth } from './sms-provider-health/redis-sms-provider-health';
export { SmsProviderHealthModule } from './sms-provider-health/sms-provider-health.module';
export { OUTBOX_SMS_PROVIDER_NAME, smsProviderNames } from './sms-provider-health/sms-provider-names';
export { LimitsRedis } from './limits-redis';
