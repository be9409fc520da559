import { Injectable } from '@nestjs/common';
import { columnKey, fieldErrors, isFinalStatus, letterAddressPersonalisation, noResultFound } from '@herald/domain';
import { NotificationRepository, TemplateRepository } from '@herald/persistence';
import type { MessagePreview, SendOneResult, SentNotification } from '@herald/contracts';
import { SendLetterService } from '../../public/notifications/letters/send-letter.service';
import { SendEmailService } from '../../public/notifications/send-email.service';
import { SendSmsService } from '../../public/notifications/send-sms.service';
import { Sender } from '../../public/notifications/sender';
import type { SignedInUser } from '../auth/signed-in-user';
import { UploadRowChecker } from '../jobs/upload-row-checker';
import { messagePreview } from './message-preview';
import { describeTemplate, SendableTemplates, SendingFrom } from './sendable-templates.service';
import { TrialModeRecipients } from './trial-mode-recipients';

/**
 * One message from the admin: checked with the bulk-send rules (field by field, for the form),
 * then sent through the v2 API's own send services as the signed-in user with a `normal` key type.
 */
@Injectable()
export class SendOneService {
  constructor(
    private readonly sendable: SendableTemplates,
    private readonly emails: SendEmailService,
    private readonly texts: SendSmsService,
    private readonly letters: SendLetterService,
    private readonly notifications: NotificationRepository,
    private readonly templates: TemplateRepository,
    private readonly trialMode: TrialModeRecipients,
  ) {}

  async preview(serviceId: string, templateId: string, body: Record<string, unknown>): Promise<MessagePreview> {
    const from = await this.sendable.find(serviceId, templateId);
    const values = await this.checkedValues(from, body);
    return messagePreview(from.service, from.template, values);
  }

  async send(user: SignedInUser, serviceId: string, templateId: string, body: Record<string, unknown>): Promise<SendOneResult> {
    const from = await this.sendable.find(serviceId, templateId);
    const values = await this.checkedValues(from, body);
    const sender: Sender = { service: from.service, keyType: 'normal', apiKeyId: null, createdById: user.id };
    const byKey = (field: string): string => Object.entries(values).find(([name]) => columnKey(name) === columnKey(field))?.[1] ?? '';
    const request = { template_id: templateId, personalisation: values };
    if (from.template.type === 'email') return { notificationId: (await this.emails.send(sender, { ...request, email_address: byKey('email address') })).id };
    if (from.template.type === 'sms') return { notificationId: (await this.texts.send(sender, { ...request, phone_number: byKey('phone number') })).id };
    return { notificationId: (await this.letters.send(sender, { ...request, personalisation: letterAddressPersonalisation(values) })).id };
  }

  async notification(serviceId: string, notificationId: string): Promise<SentNotification> {
    const notification = await this.notifications.findById(serviceId, notificationId);
    if (!notification) throw noResultFound();
    const template = await this.templates.findVersion(serviceId, notification.templateId, notification.templateVersion);
    return {
      id: notification.id, type: notification.type, status: notification.status, finished: isFinalStatus(notification.status),
      recipient: notification.recipient, templateId: notification.templateId, templateName: template?.name ?? '',
      createdAt: notification.createdAt.toISOString(), sentAt: notification.sentAt?.toISOString() ?? null,
    };
  }

  /** The form's values, or 400 with one problem per field (field = the value's name). */
  private async checkedValues(from: SendingFrom, body: Record<string, unknown>): Promise<Record<string, string>> {
    const raw = body.values && typeof body.values === 'object' ? (body.values as Record<string, unknown>) : {};
    const described = describeTemplate(from.template);
    const fields = [...described.recipientFields, ...described.placeholders];
    const cells = fields.map((field) => String(raw[field] ?? ''));
    const checker = UploadRowChecker.forHeader({ rowNumber: 1, cells: fields }, from.template, from.service, await this.trialMode.allowedFor(from.service));
    if (Array.isArray(checker)) throw fieldErrors(checker.map((p) => ({ field: p.column, message: p.message })));
    const checked = checker.check({ rowNumber: 2, cells });
    if (checked.kind === 'empty') throw fieldErrors([{ field: fields[0], message: `Enter ${fields[0]}` }]);
    if (checked.kind === 'bad') throw fieldErrors(checked.problems.map((p) => ({ field: fieldOf(p.column, fields), message: `${p.column}: ${p.message}` })));
    return checked.values;
  }
}

/** A problem's column as one of the form's fields (letters report the whole address as `address`). */
function fieldOf(column: string, fields: readonly string[]): string {
  return fields.find((field) => columnKey(field) === columnKey(column)) ?? fields[0];
}
