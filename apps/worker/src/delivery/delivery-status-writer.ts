import { Injectable } from '@nestjs/common';
import { NotificationRepository, RecordedDelivery } from '@herald/persistence';
import { GroupCommit } from './group-commit';

/**
 * Records what the providers said about this worker's sends, the results of sends that finish
 * together in one write (GroupCommit). A job's `record` settles once its own result is stored, so
 * a job is done, and acknowledged to BullMQ, only after its status is: nothing accepted is lost if
 * the worker stops, and a result that cannot be stored fails its own job only.
 */
@Injectable()
export class DeliveryStatusWriter {
  private readonly batches: GroupCommit<RecordedDelivery, void>;

  constructor(notifications: NotificationRepository) {
    this.batches = new GroupCommit(async (deliveries) => {
      await notifications.recordDeliveries(deliveries);
      return deliveries.map(() => undefined);
    });
  }

  record(delivery: RecordedDelivery): Promise<void> {
    return this.batches.submit(delivery);
  }
}
