import { NotificationResponse } from '@herald/contracts';
import {
  addressFieldText,
  estimatedDelivery,
  isPostage,
  letterCostInPounds,
  NotificationStatus,
  notifyTimestamp,
  sheetsOfPaper,
  type StoredNotification,
  type TemplateVersion,
} from '@herald/domain';
import { renderLetterSubject } from '@herald/templating';

type LetterFields = Pick<
  NotificationResponse,
  | 'line_1'
  | 'line_2'
  | 'line_3'
  | 'line_4'
  | 'line_5'
  | 'line_6'
  | 'postcode'
  | 'status'
  | 'subject'
  | 'postage'
  | 'estimated_delivery'
  | 'is_cost_data_ready'
  | 'cost_in_pounds'
  | 'cost_details'
>;

const NEVER_SENT: ReadonlySet<NotificationStatus> = new Set(['cancelled', 'technical-failure', 'validation-failed', 'virus-scan-failed']);

/** A letter's public status (docs/api-contract.md §8): accepted while with Herald, received once posted. */
export function publicLetterStatus(status: NotificationStatus): string {
  if (status === 'created' || status === 'sending') return 'accepted';
  if (status === 'delivered' || status === 'returned-letter') return 'received';
  return status;
}

/** The letter-only parts of GET /v2/notifications/{id} (docs/api-contract.md §12.5). */
export function letterFields(notification: StoredNotification, template: TemplateVersion): LetterFields {
  const line = (key: string): string | null => {
    const found = Object.entries(notification.personalisation).find(([name]) => name.toLowerCase() === key);
    return found === undefined || found[1] === null || found[1] === undefined ? null : addressFieldText(found[1]);
  };
  const postage = notification.letter?.postage ?? null;
  return {
    line_1: line('address_line_1'),
    line_2: line('address_line_2'),
    line_3: line('address_line_3'),
    line_4: line('address_line_4'),
    line_5: line('address_line_5'),
    line_6: line('address_line_6'),
    postcode: line('postcode'),
    status: publicLetterStatus(notification.status),
    subject: renderLetterSubject(template.subject ?? '', notification.personalisation),
    postage,
    estimated_delivery: isPostage(postage) ? notifyTimestamp(estimatedDelivery(notification.createdAt, postage)) : undefined,
    ...letterCost(notification, postage),
  };
}

function letterCost(notification: StoredNotification, postage: string | null): Pick<LetterFields, 'is_cost_data_ready' | 'cost_in_pounds' | 'cost_details'> {
  const notReady = { is_cost_data_ready: false, cost_in_pounds: null, cost_details: {} };
  if (notification.status === 'pending-virus-check' || !isPostage(postage)) return notReady;
  if (NEVER_SENT.has(notification.status)) return { is_cost_data_ready: true, cost_in_pounds: 0, cost_details: { billable_sheets_of_paper: 0, postage } };
  if (notification.billableUnits === 0) return notReady;
  const sheets = sheetsOfPaper(notification.billableUnits);
  return { is_cost_data_ready: true, cost_in_pounds: letterCostInPounds(sheets, postage), cost_details: { billable_sheets_of_paper: sheets, postage } };
}
