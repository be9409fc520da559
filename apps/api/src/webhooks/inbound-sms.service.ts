import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { receiveInboundText } from '@herald/domain';
import { InboundSmsRepository, SmsSenderRepository } from '@herald/persistence';
import { authError, badRequest } from '../errors/notify-error';
import { parseForm, TwilioParams, TwilioSignature } from './twilio-signature';

export interface TwilioWebhookRequest {
  /** Path and query string as received, e.g. `/webhooks/twilio/inbound`. */
  readonly url: string;
  readonly signature: string | undefined;
  readonly body: string;
}

const PROVIDER = 'twilio';

/**
 * A text someone sent to a service's inbound number, posted by Twilio: the signature is checked
 * first (nothing is stored without it), then the number tells which service it is for. Phone
 * numbers and message text are personal data and never logged.
 */
@Injectable()
export class InboundSmsService {
  private readonly logger = new Logger(InboundSmsService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly signature: TwilioSignature,
    private readonly senders: SmsSenderRepository,
    private readonly inbound: InboundSmsRepository,
  ) {}

  async receive(request: TwilioWebhookRequest): Promise<void> {
    const params = parseForm(request.body);
    // Twilio signs the public URL it was given, which is API_BASE_URL plus the path.
    if (!this.signature.isValid(request.signature, `${this.config.api.baseUrl}${request.url}`, params)) {
      throw authError('Invalid Twilio signature');
    }
    const from = single(params, 'From');
    const to = single(params, 'To');
    const messageSid = single(params, 'MessageSid') ?? null;
    if (!from || !to) throw badRequest('From and To are required');

    const receipt = await receiveInboundText(this.senders, this.inbound, {
      from,
      to,
      content: single(params, 'Body') ?? '',
      provider: PROVIDER,
      providerReference: messageSid,
    });
    if (!receipt.stored && receipt.reason === 'unknown-number') {
      this.logger.warn(`Inbound text ${messageSid ?? '(no MessageSid)'} is for a number no service has; not stored`);
    }
  }
}

function single(params: TwilioParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}
