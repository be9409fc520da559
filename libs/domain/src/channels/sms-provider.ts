import type { ProviderAcceptance } from './email-provider';

/** A rendered text message, ready for any provider. */
export interface OutboundSms {
  /** The notification id; providers that send receipts are told where to send them with it. */
  readonly notificationId: string;
  /** E.164 with the `+`, e.g. `+447700900123`. */
  readonly to: string;
  /** The service's sender (a phone number in E.164, or up to 11 letters and digits); null: the provider's own. */
  readonly from: string | null;
  /** The full text as sent, the service-name prefix included. */
  readonly body: string;
}

/**
 * One SMS vendor account. `send` resolves with the provider's message id and the status the text
 * has now (`sending` until a receipt arrives), or throws a ProviderError saying what to do next.
 */
export interface SmsProvider {
  readonly name: string;
  send(sms: OutboundSms): Promise<ProviderAcceptance>;
}

/** Nest injection token for the provider used by test keys: never reaches a real phone. */
export const SIMULATED_SMS_PROVIDER = Symbol('SIMULATED_SMS_PROVIDER');
