import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { EmailNotificationCreated } from '@herald/contracts';
import { emailLocalPart } from '@herald/domain';
import { NotificationSender } from '@herald/sending';
import { sanitisePersonalisation } from '@herald/templating';
import { validationErrors } from '../../errors/notify-error';
import { validateRequest } from '../validation/request-schema';
import { fileUploadSchemaErrors } from './file-uploads/file-upload-schema';
import { FileUploadService } from './file-uploads/file-upload.service';
import { notificationCreated } from './notification-created';
import { composedOrThrow } from '../../errors/send-refusals';
import { SEND_EMAIL_SCHEMA, SendEmailRequest } from './send-email.schema';
import { Sender, sendingKeyOf } from './sender';

/** `POST /v2/notifications/email` (docs/api.md): the request's shape here, every sending rule in libs/sending. */
@Injectable()
export class SendEmailService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly sender: NotificationSender,
    private readonly fileUploads: FileUploadService,
  ) {}

  async send(key: Sender, body: unknown): Promise<EmailNotificationCreated> {
    // The rate limit and the day's email limit were met before the body was read (RateLimitGuard).
    const { service } = key;
    const errors = [...validateRequest(SEND_EMAIL_SCHEMA, body), ...fileUploadSchemaErrors((body as SendEmailRequest | null)?.personalisation)];
    if (errors.length) throw validationErrors(errors);
    const request = body as SendEmailRequest;
    const sanitised = sanitisePersonalisation(request.personalisation ?? {}, request.sanitise_content_for ?? []);
    const composed = composedOrThrow(
      await this.sender.send({
        channel: 'email',
        source: 'api',
        service,
        key: sendingKeyOf(key),
        templateId: request.template_id,
        personalisation: sanitised.personalisation,
        reference: request.reference ?? null,
        emailAddress: request.email_address,
        replyToId: request.email_reply_to_id,
        oneClickUnsubscribeUrl: request.one_click_unsubscribe_url ?? null,
        linkFiles: (normalisedRecipient, smokeTest) => this.fileUploads.prepare(sanitised.personalisation, { service, normalisedRecipient, smokeTest }),
      }),
    );
    const { notification, content } = composed;
    return {
      ...notificationCreated(this.config.api.baseUrl, service.id, notification.id, request.reference, {
        id: notification.templateId,
        version: notification.templateVersion,
      }),
      content: {
        from_email: `${emailLocalPart(service.name)}@${this.config.emailDomain}`,
        body: content.body,
        subject: content.channel === 'email' ? content.subject : '',
        one_click_unsubscribe_url: request.one_click_unsubscribe_url ?? null,
      },
      sanitised_content: sanitised.changes,
    };
  }
}
