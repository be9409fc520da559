import twilio from 'twilio';
import type { TwilioAccount } from '@herald/config';
import { OutboundSms, ProviderAcceptance, SmsProvider } from '@herald/domain';
import { RebasedRequestClient } from './rebased-request-client';
import { classifyTwilioError } from './twilio-error';

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Sends through one Twilio account with the official SDK. Twilio reports the outcome later to
 * the status callback, so an accepted text is `sending` with Twilio's message sid as reference.
 */
export class TwilioSmsProvider implements SmsProvider {
  readonly name: string;
  private readonly client: twilio.Twilio;

  constructor(
    private readonly account: TwilioAccount,
    private readonly apiBaseUrl: string,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.name = account.name;
    // `env: {}`: the SDK takes its settings from Herald's config, not from its own TWILIO_* variables;
    // a fixed log level keeps its debug logging (which prints numbers and texts) off for good.
    this.client = twilio(account.accountSid, account.authToken, {
      httpClient: new RebasedRequestClient(account.apiBaseUrl, timeoutMs),
      env: {},
      logLevel: 'off',
      autoRetry: false,
    });
  }

  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    const from = sms.from ?? this.account.fromNumber;
    try {
      const message = await this.client.messages.create({
        to: sms.to,
        body: sms.body,
        ...(from ? { from } : {}),
        ...(this.account.messagingServiceSid ? { messagingServiceSid: this.account.messagingServiceSid } : {}),
        statusCallback: `${this.apiBaseUrl}/webhooks/twilio/status/${sms.notificationId}`,
      });
      return { provider: this.name, reference: message.sid, status: 'sending' };
    } catch (error) {
      throw classifyTwilioError(error);
    }
  }
}
