import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { ReceiptsService, twilioReceipt } from '@herald/receipts';
import { authError, badRequest } from '../errors/notify-error';
import type { TwilioWebhookRequest } from './inbound-sms.service';
import { parseForm, TwilioParams, TwilioSignature } from './twilio-signature';

/**
 * Twilio's status callback for a text Herald sent (the URL names the notification): the signature
 * is checked before anything is read, then the form becomes a receipt for applyReceipt
 * (libs/receipts), which moves the text forward only and checks the MessageSid against the one
 * recorded. Logs carry ids and statuses, never numbers or text.
 */
@Injectable()
export class TwilioStatusService {
  private readonly logger = new Logger(TwilioStatusService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly signature: TwilioSignature,
    private readonly receipts: ReceiptsService,
  ) {}

  async receive(notificationId: string, request: TwilioWebhookRequest, at = new Date()): Promise<void> {
    const params = parseForm(request.body);
    if (!this.signature.isValid(request.signature, `${this.config.api.baseUrl}${request.url}`, params)) {
      throw authError('Invalid Twilio signature');
    }
    const messageStatus = single(params, 'MessageStatus');
    const messageSid = single(params, 'MessageSid');
    if (!messageStatus || !messageSid) throw badRequest('MessageSid and MessageStatus are required');

    const receipt = twilioReceipt(notificationId, { MessageSid: messageSid, MessageStatus: messageStatus, ErrorCode: single(params, 'ErrorCode') }, at);
    if (!receipt) {
      this.logger.log(`Twilio status ${messageStatus} for notification ${notificationId} ignored: nothing to record`);
      return;
    }
    await this.receipts.applyReceipt(receipt);
  }
}

function single(params: TwilioParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}
