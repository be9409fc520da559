import { Inject, Injectable, Logger } from '@nestjs/common';
import { HERALD_CONFIG, type HeraldConfig } from '@herald/config';
import { Clock, TEMPLATE_TYPES } from '@herald/domain';
import { DataRetentionRepository, MessagePurgeRepository } from '@herald/persistence';
import { purgeInBatches } from './purge-in-batches';

/** Runs once an hour, like the notification purge. */
export const MESSAGE_PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** Rows a purge statement touches at most, each batch its own short transaction. */
export const MESSAGE_PURGE_BATCH_SIZE = 500;
const PURPOSE_LOG_BATCH_SIZE = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * R-TR-2, R-OO-2: a settled message's content (recipient, identifier, what a register returned,
 * personalisation) is purged after the service's retention, the longest of its channels' (its
 * attempts' notifications go with each channel's); its metadata, for the person's own view, and
 * the purpose log stay for MESSAGE_METADATA_RETENTION_MONTHS.
 */
@Injectable()
export class MessageRetentionService {
  private readonly logger = new Logger(MessageRetentionService.name);

  constructor(
    private readonly retention: DataRetentionRepository,
    private readonly purges: MessagePurgeRepository,
    private readonly clock: Clock,
    @Inject(HERALD_CONFIG) private readonly config: HeraldConfig,
  ) {}

  async purge(): Promise<{ contentPurged: number; deleted: number }> {
    const now = this.clock.now();
    let contentPurged = 0;
    for (const { serviceId, days } of await this.retention.allServices()) {
      const longest = Math.max(...TEMPLATE_TYPES.map((type) => days[type]));
      const before = new Date(now.getTime() - longest * DAY_MS);
      contentPurged += await purgeInBatches(() => this.purges.purgeContentBatch(serviceId, before, MESSAGE_PURGE_BATCH_SIZE, now));
    }
    const metadataBefore = new Date(now);
    metadataBefore.setUTCMonth(metadataBefore.getUTCMonth() - this.config.citizen.metadataRetentionMonths);
    const deleted = await purgeInBatches(() => this.purges.deleteMetadataBatch(metadataBefore, MESSAGE_PURGE_BATCH_SIZE));
    const lookups = await purgeInBatches(() => this.purges.deletePurposeLogBatch(metadataBefore, PURPOSE_LOG_BATCH_SIZE));
    if (contentPurged || deleted || lookups) {
      this.logger.log(`Messages: content purged from ${contentPurged}, ${deleted} deleted with ${lookups} purpose-log rows after their metadata retention`);
    }
    return { contentPurged, deleted };
  }
}
