import type { BackoffOptions } from 'bullmq';
import { CALLBACK_TYPES, CallbackType } from '@herald/domain';

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
  /** The API request that queued it (X-Request-Id), so the worker's log lines carry the same id; absent for a replay. */
  readonly requestId?: string;
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
  /** Message status: the omnichannel message it reports. */
  readonly messageId?: string | null;
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
  routeMessages: 'route-messages',
  messagePurge: 'message-retention-purge',
} as const;

export type ScheduledTaskName = (typeof SCHEDULED_TASKS)[keyof typeof SCHEDULED_TASKS];

/** The job on send-email and send-sms: deliver one notification. */
export const DELIVERY_JOB = 'send';
/** The job on send-letter: render (or check) one letter's PDF. */
export const RENDER_LETTER_JOB = 'render';
/** The job on process-job: turn one bulk send's rows into notifications. */
export const PROCESS_JOB = 'process';

/** The job names each queue carries (a callback job is named for its callback type). */
export interface QueueJobNames {
  'send-email': typeof DELIVERY_JOB;
  'send-sms': typeof DELIVERY_JOB;
  'send-letter': typeof RENDER_LETTER_JOB;
  'process-job': typeof PROCESS_JOB;
  'scheduled-tasks': ScheduledTaskName;
  'service-callbacks': typeof CALLBACK_OUTBOX_DRAIN | CallbackType;
}

export type JobName<Q extends QueueName> = QueueJobNames[Q];

/**
 * Every job name on every queue. The worker refuses to start unless each has exactly one handler
 * (apps/worker/src/job-handlers), which declares the job's retry beside it.
 */
export const QUEUE_JOBS: { readonly [Q in QueueName]: ReadonlyArray<JobName<Q>> } = {
  'send-email': [DELIVERY_JOB],
  'send-sms': [DELIVERY_JOB],
  'send-letter': [RENDER_LETTER_JOB],
  'process-job': [PROCESS_JOB],
  'scheduled-tasks': Object.values(SCHEDULED_TASKS),
  'service-callbacks': [CALLBACK_OUTBOX_DRAIN, ...CALLBACK_TYPES],
};

/** How BullMQ retries a job: how many tries in all, and the wait between them. Set when the job is added. */
export interface JobRetry {
  readonly attempts: number;
  readonly backoff?: BackoffOptions;
}

/** A job added without options of its own (a letter to render, a scheduled task) gets QueueModule's defaults. */
export const DEFAULT_JOB_RETRY = { attempts: 8, backoff: { type: 'exponential', delay: 5000 } } as const satisfies JobRetry;

/** A bulk send: a few quick tries (processing it twice creates nothing twice). */
export const PROCESS_JOB_RETRY = { attempts: 5, backoff: { type: 'exponential', delay: 2000 } } as const satisfies JobRetry;
