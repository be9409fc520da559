import { Injectable, Logger } from '@nestjs/common';
import { NotificationRepository } from '@herald/persistence';

const BATCH = 500;
/** Emails and texts with no receipt 3 days after they were sent become temporary-failure (contract §8). */
export const SENDING_TIMEOUT_MS = 72 * 60 * 60 * 1000;
export const SENDING_TIMEOUT_INTERVAL_MS = 15 * 60 * 1000;

/**
 * Gives up waiting for a receipt. Each change goes through the forward-only receipt method, so a
 * receipt that lands at the same moment wins or loses cleanly, and a delivery-status callback follows.
 */
@Injectable()
export class SendingTimeoutService {
  private readonly logger = new Logger(SendingTimeoutService.name);

  constructor(private readonly notifications: NotificationRepository) {}

  async timeOut(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - SENDING_TIMEOUT_MS);
    let total = 0;
    for (;;) {
      const waiting = await this.notifications.findAwaitingReceiptSentBefore(before, BATCH);
      let changed = 0;
      for (const { id, serviceId } of waiting) {
        const outcome = await this.notifications.applyReceipt({ id, serviceId, status: 'temporary-failure', at: now });
        if (outcome.applied) changed += 1;
      }
      total += changed;
      // A batch where nothing changed would be read again forever.
      if (waiting.length < BATCH || changed === 0) break;
    }
    if (total > 0) this.logger.log(`${total} notification(s) had no receipt after 72 hours: temporary-failure`);
    return total;
  }
}
