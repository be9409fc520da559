import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { LetterNotificationCreated } from '@herald/contracts';
import { NotificationSender } from '@herald/sending';
import { validationErrors } from '../../../errors/notify-error';
import { addressKeyWithNul, NUL_MESSAGE } from '../../validation/nul-characters';
import { validateRequest } from '../../validation/request-schema';
import { notificationCreated } from '../notification-created';
import { composedOrThrow } from '../../../errors/send-refusals';
import { Sender, sendingKeyOf } from '../sender';
import { SEND_LETTER_SCHEMA, SendLetterRequest } from './send-letter.schema';

/** `POST /v2/notifications/letter` (docs/api.md): the request's shape here, every sending rule in libs/sending. */
@Injectable()
export class SendLetterService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly sender: NotificationSender,
  ) {}

  async send(key: Sender, body: unknown): Promise<LetterNotificationCreated> {
    // The rate limit and the day's letter limit were met before the body was read (RateLimitGuard).
    const { service } = key;
    const errors = validateRequest(SEND_LETTER_SCHEMA, body);
    if (errors.length) throw validationErrors(errors);
    const request = body as SendLetterRequest;
    // The address is stored as text, where PostgreSQL cannot hold a NUL.
    const nulKey = addressKeyWithNul(request.personalisation);
    if (nulKey) throw validationErrors([`personalisation ${nulKey} ${NUL_MESSAGE}`]);
    const { notification, content } = composedOrThrow(
      await this.sender.send({
        channel: 'letter',
        source: 'api',
        service,
        key: sendingKeyOf(key),
        templateId: request.template_id,
        personalisation: request.personalisation,
        reference: request.reference ?? null,
      }),
    );
    return {
      ...notificationCreated(this.config.api.baseUrl, service.id, notification.id, request.reference, {
        id: notification.templateId,
        version: notification.templateVersion,
      }),
      content: { body: content.body, subject: content.channel === 'letter' ? content.subject : '' },
    };
  }
}
