import { Injectable, Logger } from '@nestjs/common';
import { ComplaintRepository, NotificationRepository } from '@herald/persistence';
import { parseBounceReport } from './bounce-report-parser';

/**
 * Applies what the bounce mailbox received: a DSN through the forward-only receipt method, a
 * complaint report as a complaint. Logs name notification ids only, never addresses.
 */
@Injectable()
export class BounceReceiptsService {
  private readonly logger = new Logger(BounceReceiptsService.name);

  constructor(private readonly notifications: NotificationRepository, private readonly complaints: ComplaintRepository) {}

  async receive(raw: Buffer, envelopeRecipients: readonly string[], at = new Date()): Promise<void> {
    const report = await parseBounceReport(raw, envelopeRecipients);
    if (!report) {
      this.logger.log('Bounce mailbox: a message that is no delivery or complaint report of an email of ours was ignored');
      return;
    }
    if (report.kind === 'delivery') {
      const outcome = await this.notifications.applyReceipt({ id: report.notificationId, status: report.status, at, type: 'email', liveOnly: true });
      if (!outcome.applied) this.logger.log(`Bounce ${report.status} for notification ${report.notificationId} ignored (${outcome.reason})`);
      return;
    }
    const owner = await this.notifications.findOwner(report.notificationId);
    if (owner?.type !== 'email') {
      this.logger.log(`Complaint report for ${report.notificationId}, no email of ours, ignored`);
      return;
    }
    await this.complaints.record({
      serviceId: owner.serviceId, notificationId: owner.id, complaintType: report.feedbackType, complaintDate: report.arrivalDate,
      source: 'bounce-mailbox', reportKey: report.reportKey,
    });
  }
}
