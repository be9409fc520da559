export { DeliveryQueue } from './delivery-queue';
export { deliveryBackoffStrategy, hasRetryLeft, retryCeilingsMs, retryDelayMs } from './delivery-retry-schedule';
export { LetterQueue } from './letter-queue';
export { QueueModule } from './queue.module';
export { CALLBACK_OUTBOX_DRAIN, CallbackJob, DeliveryJob, QUEUES, QueueName, SCHEDULED_TASKS, ScheduledTaskName } from './queue-registry';
export { assertRedisReachable } from './redis-check';
