import { Injectable } from '@nestjs/common';
import { NotificationRepository, RecordedDelivery } from '@herald/persistence';

interface Waiting {
  readonly delivery: RecordedDelivery;
  resolve(): void;
  reject(error: unknown): void;
}

/** At most this many results in one transaction; a bigger burst is written in several. */
const MAX_BATCH = 100;

/**
 * Records what the providers said about this worker's sends, batching the sends that finish
 * together (a group commit): while one batch is being written, the results that arrive wait and go
 * into the next, so concurrent jobs share one transaction, and a lone send waits for nothing. Each
 * caller's promise settles once its own result is committed, so a job is done (and acknowledged to
 * BullMQ) only after its status is stored. A batch that fails is written again one result at a
 * time, so a result that cannot be stored fails its own job only.
 */
@Injectable()
export class DeliveryStatusWriter {
  private readonly waiting: Waiting[] = [];
  private writing = false;

  constructor(private readonly notifications: NotificationRepository) {}

  record(delivery: RecordedDelivery): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ delivery, resolve, reject });
      if (!this.writing) void this.writeWhileWaiting();
    });
  }

  private async writeWhileWaiting(): Promise<void> {
    this.writing = true;
    // Results that arrive in the same turn of the event loop go in the first batch too.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) await this.write(this.waiting.splice(0, MAX_BATCH));
    this.writing = false;
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      await this.notifications.recordDeliveries(batch.map((entry) => entry.delivery));
      batch.forEach((entry) => entry.resolve());
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const entry of batch) await this.notifications.recordDeliveries([entry.delivery]).then(entry.resolve, entry.reject);
    }
  }
}
