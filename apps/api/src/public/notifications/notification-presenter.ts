import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { NotificationResponse } from '@herald/contracts';
import { isCompletedStatus, notifyTimestamp, smsCost, type StoredNotification, type TemplateVersion } from '@herald/domain';
import { renderEmailBody, renderEmailSubject, renderSms } from '@herald/templating';
import { letterFields } from './letters/letter-fields';

/** Writes a stored notification as Notify's GET response (docs/api-contract.md §12.5). */
@Injectable()
export class NotificationPresenter {
  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  present(notification: StoredNotification, template: TemplateVersion): NotificationResponse {
    const isEmail = notification.type === 'email';
    const base = this.config.api.baseUrl;
    return {
      id: notification.id,
      reference: notification.clientReference,
      email_address: isEmail ? notification.recipient : null,
      phone_number: notification.type === 'sms' ? notification.recipient.trim() : null,
      line_1: null,
      line_2: null,
      line_3: null,
      line_4: null,
      line_5: null,
      line_6: null,
      postcode: null,
      type: notification.type,
      status: notification.status,
      template: { id: template.id, version: template.version, uri: `${base}/v2/template/${template.id}/version/${template.version}` },
      body:
        notification.type === 'sms'
          ? renderSms(template.content, notification.personalisation, { prefix: null }).body
          : renderEmailBody(template.content, notification.personalisation),
      subject: template.subject === null || notification.type === 'sms' ? null : renderEmailSubject(template.subject, notification.personalisation),
      created_at: notifyTimestamp(notification.createdAt),
      created_by_name: null,
      sent_at: notifyTimestamp(notification.sentAt),
      completed_at: isCompletedStatus(notification.status) ? notifyTimestamp(notification.updatedAt ?? notification.createdAt) : null,
      scheduled_for: null,
      postage: null,
      one_click_unsubscribe_url: isEmail ? notification.oneClickUnsubscribeUrl : null,
      is_cost_data_ready: true,
      cost_in_pounds: 0.0,
      cost_details: {},
      ...(notification.type === 'sms' ? smsCostFields(notification) : {}),
      ...(notification.type === 'letter' ? letterFields(notification, template) : {}),
    };
  }
}

/** A text's cost is known once its fragments are counted (Herald counts them when it stores the text). */
function smsCostFields(notification: StoredNotification): Pick<NotificationResponse, 'is_cost_data_ready' | 'cost_in_pounds' | 'cost_details'> {
  if (notification.status === 'created' && notification.billableUnits === 0) return { is_cost_data_ready: false, cost_in_pounds: null, cost_details: {} };
  const { costInPounds, details } = smsCost(notification.billableUnits, notification.sms?.rateMultiplier ?? 1);
  return { is_cost_data_ready: true, cost_in_pounds: costInPounds, cost_details: { ...details } };
}
