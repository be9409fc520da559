export { DeliveryQueue } from './delivery-queue';
export { LetterQueue } from './letter-queue';
export { QueueModule } from './queue.module';
export { DeliveryJob, QUEUES, QueueName, SCHEDULED_TASKS, ScheduledTaskName } from './queue-registry';
export { assertRedisReachable } from './redis-check';
