import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { authError, badRequest } from '@herald/domain';
import { NotificationRepository } from '@herald/persistence';
import type { TwilioWebhookRequest } from './inbound-sms.service';
import { parseForm, TwilioParams, TwilioSignature } from './twilio-signature';
import { statusFromTwilio } from './twilio-status-mapping';

/**
 * Twilio's status callback for a text Herald sent (the URL names the notification). The signature
 * is checked before anything is read; the receipt is applied only if it moves the text forward and
 * the MessageSid matches the one recorded. Logs carry ids and statuses, never numbers or text.
 */
@Injectable()
export class TwilioStatusService {
  private readonly logger = new Logger(TwilioStatusService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly signature: TwilioSignature,
    private readonly notifications: NotificationRepository,
  ) {}

  async receive(notificationId: string, request: TwilioWebhookRequest, at = new Date()): Promise<void> {
    const params = parseForm(request.body);
    if (!this.signature.isValid(request.signature, `${this.config.api.baseUrl}${request.url}`, params)) {
      throw authError('Invalid Twilio signature');
    }
    const messageStatus = single(params, 'MessageStatus');
    const messageSid = single(params, 'MessageSid');
    if (!messageStatus || !messageSid) throw badRequest('MessageSid and MessageStatus are required');

    const status = statusFromTwilio(messageStatus, single(params, 'ErrorCode'));
    if (!status) {
      this.logger.log(`Twilio status ${messageStatus} for notification ${notificationId} ignored: nothing to record`);
      return;
    }
    const outcome = await this.notifications.applyReceipt({ id: notificationId, providerReference: messageSid, status, at, type: 'sms', liveOnly: true });
    if (!outcome.applied) {
      this.logger.log(`Twilio receipt ${messageStatus} for notification ${notificationId} ignored (${outcome.reason}${outcome.from ? `, is ${outcome.from}` : ''})`);
    }
  }
}

function single(params: TwilioParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}
