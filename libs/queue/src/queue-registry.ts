import type { CallbackType } from '@herald/domain';

/**
 * Every queue Herald uses, with the payload its jobs carry. Payloads hold ids only: a worker
 * always reloads the notification, so nothing personal sits in Redis.
 */
export const QUEUES = {
  sendEmail: 'send-email',
  sendSms: 'send-sms',
  sendLetter: 'send-letter',
  scheduledTasks: 'scheduled-tasks',
  serviceCallbacks: 'service-callbacks',
  processJob: 'process-job',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** A bulk send to turn into notifications (its id is also the BullMQ job id). */
export interface ProcessJobPayload {
  readonly jobId: string;
  readonly serviceId: string;
}

export interface DeliveryJob {
  readonly notificationId: string;
  readonly serviceId: string;
}

/**
 * A callback to a service: the outbox event it reports (its id is also the job id) with the ids
 * and facts of that event. Nothing personal: the worker reloads the notification or text to build the body.
 */
export interface CallbackJob {
  readonly eventId: string;
  readonly serviceId: string;
  readonly callbackType: CallbackType;
  readonly notificationId: string | null;
  readonly inboundSmsId: string | null;
  /** Delivery status: the status reached. */
  readonly status: string | null;
  /** Complaint: when it was made (ISO 8601). */
  readonly occurredAt: string | null;
}

/** The repeatable job on the service-callbacks queue that turns outbox events into callback jobs. */
export const CALLBACK_OUTBOX_DRAIN = 'drain-callback-outbox';

export const SCHEDULED_TASKS = {
  replayCreated: 'replay-created-notifications',
  letterSweep: 'letter-sweep',
  printBatch: 'letter-print-batch',
  printResponses: 'letter-print-responses',
  documentPurge: 'document-retention-purge',
  sendingTimeout: 'sending-timeout',
  notificationPurge: 'notification-retention-purge',
} as const;

export type ScheduledTaskName = (typeof SCHEDULED_TASKS)[keyof typeof SCHEDULED_TASKS];
