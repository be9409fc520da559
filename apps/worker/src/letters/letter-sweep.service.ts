import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { LetterRepository } from '@herald/persistence';
import { LetterQueue } from '@herald/queue';

const BATCH = 1000;

/**
 * Queues again every letter still without its PDF well after it was stored: its enqueue failed,
 * or Redis lost the job. Queuing by notification id makes this a no-op for jobs still waiting.
 */
@Injectable()
export class LetterSweepService {
  private readonly logger = new Logger(LetterSweepService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly letters: LetterRepository,
    private readonly queue: LetterQueue,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.worker.replayAfterSeconds * 1000);
    const stuck = await this.letters.findUnrenderedBefore(before, BATCH);
    for (const { id, serviceId } of stuck) await this.queue.enqueue({ notificationId: id, serviceId });
    if (stuck.length) this.logger.log(`Queued ${stuck.length} letter(s) again`);
    return stuck.length;
  }
}
