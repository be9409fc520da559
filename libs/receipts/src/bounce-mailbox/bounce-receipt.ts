import type { Receipt } from '../receipt';
import type { BounceReport } from './bounce-report-parser';

/** A report from the bounce mailbox as a receipt: a DSN's status as heard now, a complaint as of its arrival date. */
export function bounceReceipt(report: BounceReport, at: Date): Receipt {
  if (report.kind === 'delivery') return { kind: 'status', source: 'bounce-mailbox', notificationId: report.notificationId, status: report.status, at };
  return {
    kind: 'complaint',
    source: 'bounce-mailbox',
    notificationId: report.notificationId,
    complaintType: report.feedbackType,
    at: report.arrivalDate,
    reportKey: report.reportKey,
  };
}
