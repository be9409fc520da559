import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { SmsNotificationCreated } from '@herald/contracts';
import {
  badRequest, isSmokeTestPhoneNumber, normaliseSenderIfPhoneNumber, NotifyError, refusalForService, validatePhoneNumber, validationErrors,
  ValidPhoneNumber,
} from '@herald/domain';
import { NotificationRepository, Service, SmsSenderRepository, TemplateRepository, TemplateVersion } from '@herald/persistence';
import { DeliveryQueue } from '@herald/queue';
import { renderSms, RenderedSms, SMS_CHARACTER_LIMIT } from '@herald/templating';
import { Sender } from './sender';
import { SendLimits } from '../limits/send-limits.service';
import { validateRequest } from '../validation/request-schema';
import { assertPersonalisationComplete, assertServiceMaySend, assertTemplateUsable } from './email-template-checks';
import { assertNoFileUploads } from './file-uploads/file-upload-schema';
import { RecipientPolicy } from './recipient-policy';
import { SEND_SMS_SCHEMA, SendSmsRequest } from './send-sms.schema';
import { notificationCreated } from './notification-created';

/** Shown as `from_number` when neither the service nor the SMS provider names a sender. */
const FALLBACK_SENDER = 'HERALD';
const UK_COUNTRY_CODE = 44;

interface PreparedSms {
  readonly request: SendSmsRequest;
  readonly template: TemplateVersion;
  readonly personalisation: Record<string, unknown>;
  readonly sms: RenderedSms;
  /** The service's sender text; null when it has none, leaving the choice to the SMS provider. */
  readonly sender: string | null;
  readonly phone: ValidPhoneNumber;
}

/** Validates, stores and queues one text message (section 12.2): persist first, then queue the id. */
@Injectable()
export class SendSmsService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly templates: TemplateRepository,
    private readonly senders: SmsSenderRepository,
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientPolicy,
    private readonly queue: DeliveryQueue,
    private readonly limits: SendLimits,
  ) {}

  async send(key: Sender, body: unknown): Promise<SmsNotificationCreated> {
    await this.limits.check(key.service, key.keyType, 'sms');
    const text = await this.prepare(key, body);
    const id = randomUUID();
    if (!isSmokeTestPhoneNumber(text.phone.normalised)) await this.storeAndQueue(id, key, text);

    const { request, template, sms, sender } = text;
    return {
      ...notificationCreated(this.config.api.baseUrl, key.service.id, id, request.reference, template),
      content: { body: sms.body, from_number: normaliseSenderIfPhoneNumber(sender ?? this.config.sms.twilio[0]?.fromNumber ?? FALLBACK_SENDER) },
    };
  }

  /** Every check of section 12.2, in Notify's order: schema, permission, template, content, sender, recipient, limits. */
  private async prepare(key: Sender, body: unknown): Promise<PreparedSms> {
    const errors = validateRequest(SEND_SMS_SCHEMA, body);
    if (errors.length) throw validationErrors(errors);
    const request = body as SendSmsRequest;
    const { service } = key;
    assertServiceMaySend(service.permissions, 'sms');

    const personalisation = request.personalisation ?? {};
    const template = assertTemplateUsable(await this.templates.findCurrent(service.id, request.template_id.toLowerCase()), 'sms');
    assertPersonalisationComplete(template, personalisation);
    const sms = renderSms(template.content, personalisation, { prefix: service.prefixSms ? service.name : null });
    if (sms.body === '') throw badRequest('Your message is empty.');
    assertNoFileUploads(personalisation);
    assertShortEnough(sms);

    const sender = await this.resolveSender(service.id, request.sms_sender_id);
    const phone = validatePhoneNumber(request.phone_number);
    if (!phone.ok) throw validationErrors([`phone_number ${phone.message}`]);
    const smokeTest = isSmokeTestPhoneNumber(phone.normalised);
    if (!smokeTest) await this.recipients.assertAllowedToText(service, key.keyType, phone.normalised);
    assertServiceMayText(service, phone);
    if (!smokeTest) await this.limits.check(service, key.keyType, 'sms', limitOptions(phone));
    return { request, template, personalisation, sms, sender, phone };
  }

  private async storeAndQueue(id: string, key: Sender, text: PreparedSms): Promise<void> {
    const { request, template, phone } = text;
    await this.notifications.insert({
      id,
      serviceId: key.service.id,
      templateId: template.id,
      templateVersion: template.version,
      apiKeyId: key.apiKeyId,
      keyType: key.keyType,
      type: 'sms',
      recipient: request.phone_number.trim(),
      normalisedRecipient: phone.normalised,
      personalisation: text.personalisation,
      clientReference: request.reference ?? null,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      createdById: key.createdById ?? null,
      createdAt: new Date(),
      billableUnits: text.sms.fragmentCount,
      sms: { sender: text.sender, international: phone.international, phonePrefix: phone.internationalPrefix, rateMultiplier: phone.rateMultiplier },
    });
    await this.limits.record(key.service, key.keyType, 'sms', limitOptions(phone));
    await this.queue.tryEnqueueSms({ notificationId: id, serviceId: key.service.id });
  }

  /** The sender asked for, else the service's default; null leaves the choice to the SMS provider. */
  private async resolveSender(serviceId: string, senderId: string | undefined): Promise<string | null> {
    if (senderId === undefined) return (await this.senders.findDefault(serviceId))?.smsSender ?? null;
    const sender = await this.senders.findActive(serviceId, senderId.toLowerCase());
    if (!sender) throw badRequest(`sms_sender_id ${senderId} does not exist in database for service id ${serviceId}`);
    return sender.smsSender;
  }
}

/** Counted without the service-name prefix (section 13.3). */
function assertShortEnough(sms: RenderedSms): void {
  if (sms.characterCount > SMS_CHARACTER_LIMIT) {
    throw badRequest(
      `Your message is too long. Text messages cannot be longer than ${SMS_CHARACTER_LIMIT} characters. Your message is ${sms.characterCount} characters long.`,
    );
  }
}

function assertServiceMayText(service: Service, phone: ValidPhoneNumber): void {
  const refusal = refusalForService(phone, {
    international: service.permissions.includes('international_sms'),
    ukLandline: service.permissions.includes('sms_to_uk_landlines'),
  });
  if (refusal) throw new NotifyError(400, [{ error: refusal.error, message: refusal.message }]);
}

/** Only numbers outside +44 count towards the international limit (Crown dependencies do not). */
const limitOptions = (phone: ValidPhoneNumber): { international: boolean } => ({ international: phone.countryCode !== UK_COUNTRY_CODE });
