import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { columnKey, isFinalStatus } from '@herald/domain';
import { NotificationRepository, TemplateRepository } from '@herald/persistence';
import { NotificationSender, RowChecker, RowSource, SendingContext, SendingContexts, bulkRowCommand } from '@herald/sending';
import type { MessagePreview, SendOneResult, SentNotification } from '@herald/contracts';
import { noResultFound } from '../../errors/notify-error';
import { codedFieldErrors } from './coded-field-errors';
import type { SignedInUser } from '../auth/signed-in-user';
import { nextPrintRunOf } from '../activity/next-print-run';
import { messagePreview } from './message-preview';
import { describeTemplate, SendableTemplates, SendingFrom } from './sendable-templates.service';

/**
 * One message from the admin: checked field by field with the rules of a file's row (so the form
 * can point at the field), then sent through the sending library as the signed-in user with a
 * `normal` key type.
 */
@Injectable()
export class SendOneService {
  constructor(
    private readonly sendable: SendableTemplates,
    private readonly contexts: SendingContexts,
    private readonly sender: NotificationSender,
    private readonly notifications: NotificationRepository,
    private readonly templates: TemplateRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async preview(serviceId: string, templateId: string, body: Record<string, unknown>): Promise<MessagePreview> {
    const from = await this.sendable.find(serviceId, templateId);
    const { values } = await this.checkedValues(this.rowSource(from, null), body);
    return messagePreview(from.service, from.template, values);
  }

  async send(user: SignedInUser, serviceId: string, templateId: string, body: Record<string, unknown>): Promise<SendOneResult> {
    const from = await this.sendable.find(serviceId, templateId);
    const source = this.rowSource(from, user.id);
    const { values, context } = await this.checkedValues(source, body);
    const result = await this.sender.send(bulkRowCommand(values, source), context);
    // Refused at sending (a daily limit reached since the check): said on the form, with the rule's code.
    if (!result.ok) throw codedFieldErrors(result.problems.map((p) => ({ field: fieldsOf(source)[0], message: p.detail, code: p.code })));
    return { notificationId: result.composed.notification.id };
  }

  async notification(serviceId: string, notificationId: string): Promise<SentNotification> {
    const notification = await this.notifications.findById(serviceId, notificationId);
    if (!notification) throw noResultFound();
    const template = await this.templates.findVersion(serviceId, notification.templateId, notification.templateVersion);
    return {
      id: notification.id,
      type: notification.type,
      status: notification.status,
      finished: isFinalStatus(notification.status),
      recipient: notification.recipient,
      templateId: notification.templateId,
      templateName: template?.name ?? '',
      createdAt: notification.createdAt.toISOString(),
      sentAt: notification.sentAt?.toISOString() ?? null,
      nextPrintRun: nextPrintRunOf(notification.type, notification.status, this.config.print),
    };
  }

  private rowSource(from: SendingFrom, userId: string | null): RowSource {
    return { source: 'admin', service: from.service, template: from.template, key: { keyType: 'normal', apiKeyId: null, createdById: userId } };
  }

  /** The form's values (and the context they were checked in), or 400 with one problem per field (field = the value's name). */
  private async checkedValues(source: RowSource, body: Record<string, unknown>): Promise<{ values: Record<string, string>; context: SendingContext }> {
    const raw = body.values && typeof body.values === 'object' ? (body.values as Record<string, unknown>) : {};
    const fields = fieldsOf(source);
    const cells = fields.map((field) => String(raw[field] ?? ''));
    const context = await this.contexts.forBulkSend(source.service, source.template, source.key);
    const checker = RowChecker.forHeader({ rowNumber: 1, cells: fields }, source, context);
    if (Array.isArray(checker)) throw codedFieldErrors(checker.map((p) => ({ field: p.column, message: p.message, code: p.code })));
    const checked = checker.check({ rowNumber: 2, cells });
    if (checked.kind === 'empty') throw codedFieldErrors([{ field: fields[0], message: `Enter ${fields[0]}`, code: 'empty-cell' }]);
    if (checked.kind === 'bad') throw codedFieldErrors(checked.problems.map((p) => ({ field: fieldOf(p.column, fields), message: p.message, code: p.code })));
    return { values: checked.values, context };
  }
}

/** The form's fields: the recipient's first, then the template's placeholders. */
function fieldsOf(source: RowSource): string[] {
  const described = describeTemplate(source.template);
  return [...described.recipientFields, ...described.placeholders];
}

/** A problem's column as one of the form's fields (letters report the whole address as `address`). */
function fieldOf(column: string, fields: readonly string[]): string {
  return fields.find((field) => columnKey(field) === columnKey(column)) ?? fields[0];
}
