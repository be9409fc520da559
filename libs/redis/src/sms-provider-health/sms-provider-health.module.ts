import { Module } from '@nestjs/common';
import { HERALD_CONFIG } from '@herald/config';
import { SMS_PROVIDER_HEALTH } from '@herald/domain';
import { openSmsProviderHealth } from './redis-sms-provider-health';

/**
 * The SMS providers' shared health in Redis, bound to the domain port SMS_PROVIDER_HEALTH. The
 * store closes its own connection when the application shuts down (its onApplicationShutdown).
 */
@Module({
  providers: [{ provide: SMS_PROVIDER_HEALTH, inject: [HERALD_CONFIG], useFactory: openSmsProviderHealth }],
  exports: [SMS_PROVIDER_HEALTH],
})
export class SmsProviderHealthModule {}
