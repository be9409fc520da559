import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { SmsNotificationCreated } from '@herald/contracts';
import { normaliseSenderIfPhoneNumber, ValidPhoneNumber } from '@herald/domain';
import { NotificationSender } from '@herald/sending';
import { validationErrors } from '../../errors/notify-error';
import { validateRequest } from '../validation/request-schema';
import { notificationCreated } from './notification-created';
import { composedOrThrow } from '../../errors/send-refusals';
import { SendSmsRequest, sendSmsSchemaTelling } from './send-sms.schema';
import { Sender, sendingKeyOf } from './sender';

/** Shown as `from_number` when neither the service nor the SMS provider names a sender. */
const FALLBACK_SENDER = 'HERALD';

/** `POST /v2/notifications/sms` (docs/api.md): the request's shape here, every sending rule in libs/sending. */
@Injectable()
export class SendSmsService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly sender: NotificationSender,
  ) {}

  async send(key: Sender, body: unknown): Promise<SmsNotificationCreated> {
    // The rate limit and the day's text limit were met before the body was read (RateLimitGuard).
    const { service } = key;
    let phone: ValidPhoneNumber | undefined;
    const errors = validateRequest(
      sendSmsSchemaTelling((checked) => (phone = checked.ok ? checked : undefined)),
      body,
    );
    if (errors.length) throw validationErrors(errors);
    const request = body as SendSmsRequest;
    const { notification, content } = composedOrThrow(
      await this.sender.send({
        channel: 'sms',
        source: 'api',
        service,
        key: sendingKeyOf(key),
        templateId: request.template_id,
        personalisation: request.personalisation ?? {},
        reference: request.reference ?? null,
        phoneNumber: request.phone_number,
        validatedPhone: phone,
        smsSenderId: request.sms_sender_id,
      }),
    );
    const sender = content.channel === 'sms' ? content.sender : null;
    return {
      ...notificationCreated(this.config.api.baseUrl, service.id, notification.id, request.reference, {
        id: notification.templateId,
        version: notification.templateVersion,
      }),
      content: { body: content.body, from_number: normaliseSenderIfPhoneNumber(sender ?? this.config.sms.twilio[0]?.fromNumber ?? FALLBACK_SENDER) },
    };
  }
}
