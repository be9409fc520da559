import { simpleParser } from 'mailparser';
import { NotificationStatus, notificationIdFromBounceAddress, notificationIdFromMessageId } from '@herald/domain';
import { fieldsOf, parseDeliveryStatus, statusFromDeliveryReport } from './delivery-status';
import { ReportPart, reportParts } from './report-parts';

/** What a report mailed to the bounce mailbox says about one of our emails. */
export type BounceReport =
  | { readonly kind: 'delivery'; readonly notificationId: string; readonly status: NotificationStatus }
  | {
      readonly kind: 'complaint';
      readonly notificationId: string;
      readonly feedbackType: string | null;
      readonly arrivalDate: Date;
      readonly reportKey: string;
    };

const RETURNED_HEADERS = new Set(['text/rfc822-headers', 'message/rfc822', 'message/rfc822-headers']);

/**
 * Reads a delivery status notification (RFC 3464) or an abuse feedback report (RFC 5965). The
 * notification is found from the VERP envelope recipient (`bounces+<id>@…`), else from the
 * returned message's Message-ID, else from the report's own addresses. Null when the message is
 * no such report, or names no email of ours, or reports nothing final.
 */
export async function parseBounceReport(raw: Buffer, envelopeRecipients: readonly string[] = []): Promise<BounceReport | null> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const contentType = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const boundary = contentType?.params?.boundary;
  if (contentType?.value?.toLowerCase() !== 'multipart/report' || !boundary) return null;
  const parts = reportParts(raw.toString('utf8'), boundary);

  const feedback = parts.find((p) => p.contentType === 'message/feedback-report');
  const feedbackFields = feedback ? fieldsOf(feedback.body.split(/\n\s*\n/)[0]) : null;
  const notificationId =
    envelopeRecipients.map(notificationIdFromBounceAddress).find(Boolean) ??
    returnedMessageId(parts) ??
    notificationIdFromBounceAddress(feedbackFields?.get('original-mail-from')) ??
    notificationIdFromBounceAddress(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined);
  if (!notificationId) return null;

  if (feedbackFields) {
    const arrival = new Date(feedbackFields.get('arrival-date') ?? mail.date ?? Date.now());
    return {
      kind: 'complaint',
      notificationId,
      feedbackType: feedbackFields.get('feedback-type')?.toLowerCase() ?? null,
      arrivalDate: Number.isNaN(arrival.getTime()) ? new Date() : arrival,
      reportKey: mail.messageId ?? `${notificationId}:${feedbackFields.get('arrival-date') ?? ''}`,
    };
  }
  const report = parts.find((p) => p.contentType === 'message/delivery-status');
  const status = report ? statusFromDeliveryReport(parseDeliveryStatus(report.body)) : null;
  return status ? { kind: 'delivery', notificationId, status } : null;
}

function returnedMessageId(parts: readonly ReportPart[]): string | null {
  const returned = parts.find((p) => RETURNED_HEADERS.has(p.contentType));
  if (!returned) return null;
  const headers = fieldsOf(returned.body.replace(/\r\n/g, '\n').split(/\n\s*\n/)[0]);
  return notificationIdFromMessageId(headers.get('message-id'));
}
