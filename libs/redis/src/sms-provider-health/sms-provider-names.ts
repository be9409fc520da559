import type { HeraldConfig } from '@herald/config';

/** The name the outbox SMS provider records (libs/providers' OutboxSmsProvider). */
export const OUTBOX_SMS_PROVIDER_NAME = 'outbox';

/**
 * The SMS providers the configuration gives, highest priority first: the Twilio accounts, or the
 * outbox when there are none. The same list as libs/providers' liveSmsProviders (checked in the
 * worker's tests), for readers of the shared health that must not load vendor SDKs.
 */
export function smsProviderNames(config: HeraldConfig): string[] {
  return config.sms.twilio.length === 0 ? [OUTBOX_SMS_PROVIDER_NAME] : config.sms.twilio.map((account) => account.name);
}
