/**
 * Every queue Herald uses, with the payload its jobs carry. Payloads hold ids only: a worker
 * always reloads the notification, so nothing personal sits in Redis.
 */
export const QUEUES = {
  sendEmail: 'send-email',
  sendSms: 'send-sms',
  sendLetter: 'send-letter',
  scheduledTasks: 'scheduled-tasks',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface DeliveryJob {
  readonly notificationId: string;
  readonly serviceId: string;
}

export const SCHEDULED_TASKS = {
  replayCreated: 'replay-created-notifications',
  letterSweep: 'letter-sweep',
  printBatch: 'letter-print-batch',
  printResponses: 'letter-print-responses',
  documentPurge: 'document-retention-purge',
} as const;

export type ScheduledTaskName = (typeof SCHEDULED_TASKS)[keyof typeof SCHEDULED_TASKS];
