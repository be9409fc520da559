import { Injectable, Logger } from '@nestjs/common';
import { NotificationRepository } from '@herald/persistence';
import { ReceiptsService, SENDING_TIMEOUT_MS, sendingTimeoutReceipt } from '@herald/receipts';

const BATCH = 500;
export const SENDING_TIMEOUT_INTERVAL_MS = 15 * 60 * 1000;

/**
 * Gives up waiting for a receipt: Herald's own receipt (libs/receipts) for each notification
 * still sending after 72 hours. It goes through applyReceipt like a provider's, so a receipt that
 * lands at the same moment wins or loses cleanly, and a delivery-status callback follows.
 */
@Injectable()
export class SendingTimeoutService {
  private readonly logger = new Logger(SendingTimeoutService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly receipts: ReceiptsService,
  ) {}

  async timeOut(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - SENDING_TIMEOUT_MS);
    let total = 0;
    for (;;) {
      const waiting = await this.notifications.findAwaitingReceiptSentBefore(before, BATCH);
      let changed = 0;
      for (const notification of waiting) {
        if ((await this.receipts.applyReceipt(sendingTimeoutReceipt(notification, now))).applied) changed += 1;
      }
      total += changed;
      // A batch where nothing changed would be read again forever.
      if (waiting.length < BATCH || changed === 0) break;
    }
    if (total > 0) this.logger.log(`${total} notification(s) had no receipt after 72 hours: temporary-failure`);
    return total;
  }
}
