import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { EmailNotificationCreated } from '@herald/contracts';
import { badRequest, emailLocalPart, isSmokeTestEmailAddress, validateEmailAddress, validationErrors } from '@herald/domain';
import { DocumentRepository, EmailReplyToRepository, NewDocument, NewNotification, NotificationRepository, TemplateRepository } from '@herald/persistence';
import { DeliveryQueue } from '@herald/queue';
import { renderEmailBody, renderEmailSubject, sanitisePersonalisation } from '@herald/templating';
import { Sender } from './sender';
import { SendLimits } from '../limits/send-limits.service';
import { validateRequest } from '../validation/request-schema';
import { assertPersonalisationComplete, assertServiceMaySend, assertTemplateUsable } from './email-template-checks';
import { fileUploadSchemaErrors } from './file-uploads/file-upload-schema';
import { FileUploadService } from './file-uploads/file-upload.service';
import { RecipientPolicy } from './recipient-policy';
import { SEND_EMAIL_SCHEMA, SendEmailRequest } from './send-email.schema';
import { notificationCreated } from './notification-created';

const MAX_EMAIL_BYTES = 2_000_000;

/** Validates, stores and queues one email (section 12.1): persist first, then queue the id. */
@Injectable()
export class SendEmailService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly templates: TemplateRepository,
    private readonly replyTos: EmailReplyToRepository,
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientPolicy,
    private readonly queue: DeliveryQueue,
    private readonly fileUploads: FileUploadService,
    private readonly documents: DocumentRepository,
    private readonly limits: SendLimits,
  ) {}

  async send(key: Sender, body: unknown): Promise<EmailNotificationCreated> {
    await this.limits.check(key.service, key.keyType, 'email');
    const errors = [...validateRequest(SEND_EMAIL_SCHEMA, body), ...fileUploadSchemaErrors((body as SendEmailRequest | null)?.personalisation)];
    if (errors.length) throw validationErrors(errors);
    const request = body as SendEmailRequest;
    const { service } = key;
    assertServiceMaySend(service.permissions, 'email');

    const sanitised = sanitisePersonalisation(request.personalisation ?? {}, request.sanitise_content_for ?? []);
    const template = assertTemplateUsable(await this.templates.findCurrent(service.id, request.template_id.toLowerCase()), 'email');
    assertPersonalisationComplete(template, sanitised.personalisation);
    if (renderEmailBody(template.content, sanitised.personalisation).trim() === '') throw badRequest('Your message is empty.');

    const replyTo = await this.resolveReplyTo(service.id, request.email_reply_to_id);
    const recipient = validateEmailAddress(request.email_address);
    if (!recipient.ok) throw validationErrors([`email_address ${recipient.message}`]);
    const smokeTest = isSmokeTestEmailAddress(recipient.normalised);
    if (!smokeTest) await this.recipients.assertAllowed(service, key.keyType, recipient.normalised);
    // Files become download links before the length check, which counts the links.
    const { personalisation, documents } = this.fileUploads.prepare(sanitised.personalisation, { service, normalisedRecipient: recipient.normalised, smokeTest });
    const content = renderEmailBody(template.content, personalisation);
    const subject = renderEmailSubject(template.subject ?? '', personalisation);
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > MAX_EMAIL_BYTES) {
      throw badRequest(`Your message is too long. Emails cannot be longer than ${MAX_EMAIL_BYTES} bytes. Your message is ${bytes} bytes.`);
    }

    const id = randomUUID();
    if (!smokeTest) {
      await this.store(documents, {
        id,
        serviceId: service.id,
        templateId: template.id,
        templateVersion: template.version,
        apiKeyId: key.apiKeyId,
        keyType: key.keyType,
        type: 'email',
        recipient: recipient.address,
        normalisedRecipient: recipient.normalised,
        personalisation,
        clientReference: request.reference ?? null,
        replyTo,
        oneClickUnsubscribeUrl: request.one_click_unsubscribe_url ?? null,
        createdById: key.createdById ?? null,
        createdAt: new Date(),
      });
      await this.limits.record(service, key.keyType, 'email');
      await this.queue.tryEnqueueEmail({ notificationId: id, serviceId: service.id });
    }

    return {
      ...notificationCreated(this.config.api.baseUrl, service.id, id, request.reference, template),
      content: {
        from_email: `${emailLocalPart(service.name)}@${this.config.emailDomain}`,
        body: content,
        subject,
        one_click_unsubscribe_url: request.one_click_unsubscribe_url ?? null,
      },
      sanitised_content: sanitised.changes,
    };
  }

  /** A notification with files is stored with them in one transaction: both or neither. */
  private async store(documents: readonly NewDocument[], notification: NewNotification): Promise<void> {
    if (documents.length) await this.documents.insertWithNotification(notification, documents);
    else await this.notifications.insert(notification);
  }

  private async resolveReplyTo(serviceId: string, replyToId: string | undefined): Promise<string | null> {
    if (replyToId === undefined) return (await this.replyTos.findDefault(serviceId))?.emailAddress ?? null;
    const replyTo = await this.replyTos.findActive(serviceId, replyToId.toLowerCase());
    if (!replyTo) throw badRequest(`email_reply_to_id ${replyToId} does not exist in database for service id ${serviceId}`);
    return replyTo.emailAddress;
  }
}
