import { Injectable, Logger } from '@nestjs/common';
import { ComplaintRepository, NotificationRepository } from '@herald/persistence';
import { ComplaintReceipt, Receipt, RECEIPT_SOURCES, ReceiptResult, StatusReceipt } from './receipt';

/**
 * The one path every receipt ends in, whichever of the five sources it came from. A status moves
 * the notification forward only (the repository's conditional UPDATE: a late, repeated or
 * out-of-order receipt changes nothing); the same transaction records the status history and, for
 * a status a callback reports, the callback-outbox row. A complaint is recorded once per report,
 * with its complaint callback. Logs name notification ids and statuses, never recipients.
 */
@Injectable()
export class ReceiptsService {
  private readonly logger = new Logger(ReceiptsService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly complaints: ComplaintRepository,
  ) {}

  async applyReceipt(receipt: Receipt): Promise<ReceiptResult> {
    const result = receipt.kind === 'status' ? await this.applyStatus(receipt) : await this.recordComplaint(receipt);
    if (!result.applied) this.logger.log(`${describe(receipt)} for notification ${receipt.notificationId} ignored (${result.reason})`);
    return result;
  }

  private async applyStatus(receipt: StatusReceipt): Promise<ReceiptResult> {
    const rule = RECEIPT_SOURCES[receipt.source];
    const outcome = await this.notifications.applyReceipt({
      id: receipt.notificationId,
      serviceId: receipt.serviceId,
      providerReference: receipt.providerReference,
      status: receipt.status,
      at: receipt.at,
      type: rule.channel ?? undefined,
      liveOnly: rule.liveOnly,
    });
    return outcome.applied ? { applied: true, serviceId: outcome.serviceId } : { applied: false, reason: outcome.reason };
  }

  private async recordComplaint(receipt: ComplaintReceipt): Promise<ReceiptResult> {
    // A complaint names only the email: whose it is comes from the notification.
    const owner = await this.notifications.findOwner(receipt.notificationId);
    if (!owner || owner.type !== RECEIPT_SOURCES[receipt.source].channel) return { applied: false, reason: 'not-found' };
    const recorded = await this.complaints.record({
      serviceId: owner.serviceId,
      notificationId: owner.id,
      complaintType: receipt.complaintType,
      complaintDate: receipt.at,
      source: receipt.source,
      reportKey: receipt.reportKey,
    });
    return recorded ? { applied: true, serviceId: owner.serviceId } : { applied: false, reason: 'repeated' };
  }
}

function describe(receipt: Receipt): string {
  if (receipt.kind === 'complaint') return `${receipt.source} complaint`;
  return `${receipt.source} ${receipt.providerStatus ? `${receipt.providerStatus} (${receipt.status})` : receipt.status}`;
}
