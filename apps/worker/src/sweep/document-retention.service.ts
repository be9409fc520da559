import { Injectable, Logger } from '@nestjs/common';
import { DocumentRepository } from '@herald/persistence';
import { purgeInBatches } from './purge-in-batches';

/** Runs once an hour: how long a file sent by email may outlive its retention period. */
export const DOCUMENT_PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** Files are large (up to 2 MB each): a smaller batch keeps each transaction short. */
export const DOCUMENT_PURGE_BATCH_SIZE = 100;

/**
 * Deletes files sent by email once their retention period (docs/api-contract.md §11: 26 weeks unless the
 * department chose 1–78) has ended. The download page already refuses them from that moment;
 * this removes the bytes, a batch at a time.
 */
@Injectable()
export class DocumentRetentionService {
  private readonly logger = new Logger(DocumentRetentionService.name);

  constructor(private readonly documents: DocumentRepository) {}

  async purge(now = new Date()): Promise<number> {
    const deleted = await purgeInBatches(() => this.documents.deleteExpiredBatch(DOCUMENT_PURGE_BATCH_SIZE, now));
    if (deleted) this.logger.log(`Deleted ${deleted} files past their retention period`);
    return deleted;
  }
}
