import type { Type } from '@nestjs/common';
import { CallbackHandler } from './callbacks/callback.handler';
import { OutboxDrainHandler } from './callbacks/outbox-drain.handler';
import { SendEmailHandler } from './delivery/send-email.handler';
import { SendSmsHandler } from './delivery/send-sms.handler';
import { ProcessJobHandler } from './jobs/process-job.handler';
import type { JobHandler } from './job-handlers/job-handler';
import { LetterSweepHandler } from './letters/letter-sweep.handler';
import { PrintBatchHandler } from './letters/print-batch.handler';
import { PrintResponsesHandler } from './letters/print-responses.handler';
import { RenderLetterHandler } from './letters/render-letter.handler';
import { DocumentPurgeHandler } from './sweep/document-purge.handler';
import { NotificationPurgeHandler } from './sweep/notification-purge.handler';
import { ReplayCreatedHandler } from './sweep/replay-created.handler';
import { SendingTimeoutHandler } from './sweep/sending-timeout.handler';
import { RouteMessagesHandler } from './messages/route-messages.handler';
import { MessagePurgeHandler } from './sweep/message-purge.handler';

/**
 * Every job handler of the worker. Each declares with @HandlesJob the job names it runs, their
 * retry and any schedule; the worker refuses to start unless every job name in
 * libs/queue/src/queue-registry.ts has exactly one (job-handlers/job-handlers.check.ts).
 */
export const JOB_HANDLERS: ReadonlyArray<Type<JobHandler>> = [
  SendEmailHandler,
  SendSmsHandler,
  RenderLetterHandler,
  ProcessJobHandler,
  CallbackHandler,
  OutboxDrainHandler,
  ReplayCreatedHandler,
  LetterSweepHandler,
  PrintBatchHandler,
  PrintResponsesHandler,
  DocumentPurgeHandler,
  SendingTimeoutHandler,
  NotificationPurgeHandler,
  RouteMessagesHandler,
  MessagePurgeHandler,
];
