import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES } from './queue-registry';

const WARNING_INTERVAL_MS = 60_000;

/**
 * Without an `error` listener BullMQ prints every failed reconnection to the console. This gives
 * each queue one listener, attached as soon as the queue exists, that logs at most one line a
 * minute while Redis is unreachable. A queue added to QUEUES is added here too.
 */
@Injectable()
export class QueueErrorReporter {
  private readonly logger = new Logger('Queue');

  constructor(
    @InjectQueue(QUEUES.sendEmail) sendEmail: Queue,
    @InjectQueue(QUEUES.sendSms) sendSms: Queue,
    @InjectQueue(QUEUES.sendLetter) sendLetter: Queue,
    @InjectQueue(QUEUES.scheduledTasks) scheduledTasks: Queue,
    @InjectQueue(QUEUES.serviceCallbacks) serviceCallbacks: Queue,
  ) {
    for (const queue of [sendEmail, sendSms, sendLetter, scheduledTasks, serviceCallbacks]) this.listen(queue);
  }

  private listen(queue: Queue): void {
    let lastWarning = 0;
    queue.on('error', (error: Error) => {
      if (Date.now() - lastWarning < WARNING_INTERVAL_MS) return;
      lastWarning = Date.now();
      this.logger.warn(`Queue ${queue.name}: ${error.message}`);
    });
  }
}
