import type { Provider } from '@nestjs/common';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { SIMULATED_SMS_PROVIDER, SMS_PROVIDER_HEALTH, SmsProvider, SmsProviderHealth } from '@herald/domain';
import { HeraldMetrics } from '@herald/metrics';
import { metered } from '../metered-provider';
import { OutboxSmsProvider } from './outbox/outbox-sms.provider';
import { SimulatedSmsProvider } from './simulated/simulated-sms.provider';
import { SmsProviderSelector } from './sms-provider-selector';
import { TwilioSmsProvider } from './twilio/twilio-sms.provider';

/** The configured Twilio accounts by priority, or the outbox when there are none. */
export function liveSmsProviders(config: HeraldConfig): SmsProvider[] {
  if (config.sms.twilio.length === 0) return [new OutboxSmsProvider(config.outboxDir)];
  return config.sms.twilio.map((account) => new TwilioSmsProvider(account, config.api.baseUrl, config.sms.timeoutSeconds * 1000));
}

/** Nest bindings of the SMS channel, for ProvidersModule; the shared health (SMS_PROVIDER_HEALTH) comes from the module it is given. */
export const SMS_PROVIDER_BINDINGS: Provider[] = [
  {
    provide: SIMULATED_SMS_PROVIDER,
    inject: [HeraldMetrics],
    useFactory: (metrics: HeraldMetrics) => metered(new SimulatedSmsProvider(), 'send', 'sms', metrics),
  },
  {
    provide: SmsProviderSelector,
    inject: [HERALD_CONFIG, SMS_PROVIDER_HEALTH, HeraldMetrics],
    useFactory: (config: HeraldConfig, health: SmsProviderHealth, metrics: HeraldMetrics) =>
      new SmsProviderSelector(
        liveSmsProviders(config).map((provider) => metered(provider, 'send', 'sms', metrics)),
        health,
        config.sms.failover,
      ),
  },
];

export const SMS_PROVIDER_EXPORTS = [SIMULATED_SMS_PROVIDER, SmsProviderSelector];
