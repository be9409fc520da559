import { Injectable } from '@nestjs/common';
import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import { HeraldConfig, InjectConfig } from '@herald/config';

/** Form parameters as Twilio posted them; a repeated name keeps every value, in order. */
export type TwilioParams = Record<string, string | string[]>;

/**
 * Checks X-Twilio-Signature with the twilio SDK against the auth token of the configured account
 * the request names (AccountSid): a sending account, or one that only receives (TWILIO_ACCOUNT_SID
 * and TWILIO_AUTH_TOKEN without a sender). Only auth-token signatures (HMAC-SHA1) are accepted: an
 * account Herald does not know, or no Twilio account at all, means the request is refused.
 */
@Injectable()
export class TwilioSignature {
  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  isValid(signature: string | undefined, publicUrl: string, params: TwilioParams): boolean {
    if (!signature) return false;
    const accountSid = typeof params.AccountSid === 'string' ? params.AccountSid : undefined;
    return this.config.sms.twilioWebhookAccounts.some(
      (account) => account.accountSid === accountSid && validateRequest(account.authToken, signature, publicUrl, params),
    );
  }
}

/** Parses an application/x-www-form-urlencoded body. */
export function parseForm(body: string): TwilioParams {
  const params: TwilioParams = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const existing = params[name];
    params[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}
