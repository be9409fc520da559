import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { authError, badRequest, validatePhoneNumber } from '@herald/domain';
import { InboundSmsRepository, SmsSenderRepository } from '@herald/persistence';
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

    const owner = await this.findOwner(to);
    if (!owner) {
      this.logger.warn(`Inbound text ${messageSid ?? '(no MessageSid)'} is for a number no service has; not stored`);
      return;
    }
    await this.inbound.insert({
      serviceId: owner.serviceId,
      notifyNumber: owner.inboundNumber,
      userNumber: normalised(from),
      content: single(params, 'Body') ?? '',
      provider: PROVIDER,
      providerReference: messageSid,
    });
  }

  /**
   * Inbound numbers are stored as they were typed when the sender was added, while Twilio posts
   * E.164: try the number as posted, as digits with and without `+`, and a UK number as dialled at home.
   */
  private async findOwner(to: string): Promise<{ serviceId: string; inboundNumber: string } | null> {
    const digits = normalised(to);
    const national = digits.startsWith('44') ? [`0${digits.slice(2)}`] : [];
    for (const candidate of new Set([to, digits, `+${digits}`, ...national])) {
      const owner = await this.senders.findServiceByInboundNumber(candidate);
      if (owner) return owner;
    }
    return null;
  }
}

function single(params: TwilioParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `+447700900111` becomes `447700900111`; a short code or sender name stays as it is, without `+`. */
function normalised(number: string): string {
  const phone = validatePhoneNumber(number);
  return phone.ok ? phone.normalised : number.replace(/^\+/, '');
}
