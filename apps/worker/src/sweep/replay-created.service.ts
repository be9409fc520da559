import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { NotificationRepository, ReplayCursor } from '@herald/persistence';
import { DeliveryQueue } from '@herald/queue';

const BATCH = 1000;

/**
 * Queues again every notification still `created` well after it was stored: its enqueue failed,
 * or Redis lost the job. Queuing by notification id makes this a no-op for jobs still waiting.
 */
@Injectable()
export class ReplayCreatedService {
  private readonly logger = new Logger(ReplayCreatedService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly notifications: NotificationRepository,
    private readonly queue: DeliveryQueue,
  ) {}

  async replay(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.worker.replayAfterSeconds * 1000);
    let total = 0;
    let after: ReplayCursor | undefined;
    for (;;) {
      // A cursor, not "the oldest again": jobs just queued stay `created` until a worker claims them.
      const stuck = await this.notifications.findUnclaimedCreatedBefore(before, BATCH, after);
      // One round trip a page: behind a long backlog, every notification still waiting is queued again each sweep.
      await this.queue.tryEnqueueMany(
        stuck.map(({ id, serviceId, type }) => ({ channel: type === 'sms' ? 'sms' : 'email', job: { notificationId: id, serviceId } })),
      );
      total += stuck.length;
      if (stuck.length < BATCH) break;
      after = stuck[stuck.length - 1];
    }
    if (total) this.logger.log(`Queued ${total} notification(s) again`);
    return total;
  }
}
