export { DeliveryQueue } from './delivery-queue';
export { DELIVERY_WORKER_OPTIONS } from './delivery-worker-options';
export { deliveryBackoffStrategy, deliveryJobOptions, hasRetryLeft, retryCeilingsMs, retryDelayMs } from './delivery-retry-schedule';
export { BULK_SEND_PRIORITY, BulkNotification, JobQueue } from './job-queue';
export { LetterQueue } from './letter-queue';
export { QueueModule } from './queue.module';
export {
  CALLBACK_OUTBOX_DRAIN,
  CallbackJob,
  DEFAULT_JOB_RETRY,
  DELIVERY_JOB,
  DeliveryJob,
  JobName,
  JobRetry,
  PROCESS_JOB,
  PROCESS_JOB_RETRY,
  ProcessJobPayload,
  QUEUE_JOBS,
  QueueJobNames,
  QUEUES,
  QueueName,
  RENDER_LETTER_JOB,
  SCHEDULED_TASKS,
  ScheduledTaskName,
} from './queue-registry';
export { QueueDepth, QueueDepths } from './queue-depths';
