import { Injectable, Logger } from '@nestjs/common';
import { TEMPLATE_TYPES } from '@herald/domain';
import { DataRetentionRepository, NotificationPurgeRepository } from '@herald/persistence';
import { purgeInBatches } from './purge-in-batches';

/** Runs once an hour: a notification outlives its retention by an hour at most. */
export const NOTIFICATION_PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** The most rows one purge statement removes: a batch's transaction stays short even on a backlog of millions. */
export const NOTIFICATION_PURGE_BATCH_SIZE = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Data retention per service and channel (3 to 90 days, 7 by default): older notifications move
 * to the history without their recipient or personalisation, in batches of one short transaction
 * each so a large backlog never holds a long lock. Several workers may run it at once.
 */
@Injectable()
export class NotificationRetentionService {
  private readonly logger = new Logger(NotificationRetentionService.name);

  constructor(
    private readonly retention: DataRetentionRepository,
    private readonly purges: NotificationPurgeRepository,
  ) {}

  async purge(now = new Date()): Promise<number> {
    let moved = 0;
    for (const { serviceId, days } of await this.retention.allServices()) {
      for (const type of TEMPLATE_TYPES) {
        const before = new Date(now.getTime() - days[type] * DAY_MS);
        moved += await purgeInBatches(() => this.purges.moveBatchToHistory(serviceId, type, before, NOTIFICATION_PURGE_BATCH_SIZE, now));
      }
    }
    if (moved) this.logger.log(`Moved ${moved} notifications past their retention period to history`);
    return moved;
  }
}
