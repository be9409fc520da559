import { MessageRetentionService } from './sweep/message-retention.service';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { MetricsModule } from '@herald/metrics';
import { PersistenceModule } from '@herald/persistence';
import { ProvidersModule } from '@herald/providers';
import { QueueDepths, QueueModule } from '@herald/queue';
import { ReceiptsModule } from '@herald/receipts';
import { SendingModule } from '@herald/sending';
import { RedisReadiness, SmsProviderHealthModule } from '@herald/redis';
import { TemplatingModule } from '@herald/templating';
import { assertEveryQueueConsumed } from './queue-consumers.check';
import { registrationsOf } from './job-handlers/handles-job.decorator';
import type { JobHandler } from './job-handlers/job-handler';
import { assertEveryJobHandled } from './job-handlers/job-handlers.check';
import { JobHandlers } from './job-handlers/job-handlers';
import { JOB_HANDLERS } from './worker-job-handlers';
import { DeliveryClaims } from './delivery/delivery-claims';
import { EmailComposer } from './delivery/email-composer';
import { EmailTemplateCache } from './delivery/email-template-cache';
import { DeliveryStatusWriter } from './delivery/delivery-status-writer';
import { EmailDeliveryService } from './delivery/email-delivery.service';
import { SendEmailProcessor } from './delivery/send-email.processor';
import { SendSmsProcessor } from './delivery/send-sms.processor';
import { SmsComposer } from './delivery/sms-composer';
import { SmsDeliveryService } from './delivery/sms-delivery.service';
import { ReplayCreatedService } from './sweep/replay-created.service';
import { ReplayDueJobsService } from './sweep/replay-due-jobs.service';
import { DocumentRetentionService } from './sweep/document-retention.service';
import { SendingTimeoutService } from './sweep/sending-timeout.service';
import { NotificationRetentionService } from './sweep/notification-retention.service';
import { BounceReceiptsService } from './bounces/bounce-receipts.service';
import { BounceMailboxServer } from './bounces/bounce-mailbox.server';
import { ScheduledTasksProcessor } from './sweep/scheduled-tasks.processor';
import { LetterPreparationService } from './letters/letter-preparation.service';
import { LetterSweepService } from './letters/letter-sweep.service';
import { PrintBatchService } from './letters/print-batch.service';
import { SendLetterProcessor } from './letters/send-letter.processor';
import { CallbackHttpClient } from './callbacks/callback-http-client';
import { CallbackOutboxDrainService } from './callbacks/callback-outbox-drain.service';
import { CallbackPayloadsService } from './callbacks/callback-payloads.service';
import { ServiceCallbackSlots } from './callbacks/service-callback-slots';
import { ServiceCallbacksProcessor } from './callbacks/service-callbacks.processor';
import { JobProcessingService } from './jobs/job-processing.service';
import { ProcessJobProcessor } from './jobs/process-job.processor';
import { MessageRoutingTick } from './messages/message-routing-tick.service';
import { Clock, SystemClock } from '@herald/domain';
import { WorkerHealthController } from './health/worker-health.controller';
import { WorkerHealthService } from './health/worker-health.service';
import { HandoffMetrics } from './metrics/handoff-metrics';

/** Every processor, one per queue in the registry (checked at start-up); each hands its jobs to JobHandlers. */
export const PROCESSORS = [SendEmailProcessor, SendSmsProcessor, ScheduledTasksProcessor, SendLetterProcessor, ServiceCallbacksProcessor, ProcessJobProcessor];

@Module({})
export class WorkerModule {
  /** `clock`: tests pass one they can move forward (fallback windows); otherwise the system's. */
  static forRoot(config: HeraldConfig, clock: Clock = new SystemClock()): DynamicModule {
    assertEveryQueueConsumed(PROCESSORS);
    assertEveryJobHandled(registrationsOf(JOB_HANDLERS));
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        QueueModule,
        ReceiptsModule,
        SendingModule,
        TemplatingModule,
        ProvidersModule.withSmsHealth(SmsProviderHealthModule),
        MetricsModule.endpoint({ imports: [QueueModule], queueDepths: QueueDepths }),
      ],
      controllers: [WorkerHealthController],
      providers: [
        WorkerHealthService,
        RedisReadiness,
        HandoffMetrics,
        DeliveryClaims,
        EmailComposer,
        EmailTemplateCache,
        DeliveryStatusWriter,
        EmailDeliveryService,
        SmsComposer,
        SmsDeliveryService,
        ReplayCreatedService,
        ReplayDueJobsService,
        LetterPreparationService,
        LetterSweepService,
        PrintBatchService,
        DocumentRetentionService,
        SendingTimeoutService,
        NotificationRetentionService,
        MessageRetentionService,
        BounceReceiptsService,
        BounceMailboxServer,
        CallbackOutboxDrainService,
        CallbackPayloadsService,
        CallbackHttpClient,
        ServiceCallbackSlots,
        JobProcessingService,
        MessageRoutingTick,
        { provide: Clock, useValue: clock },
        ...JOB_HANDLERS,
        {
          provide: JobHandlers,
          inject: [HERALD_CONFIG, ...JOB_HANDLERS],
          useFactory: (c: HeraldConfig, ...handlers: JobHandler[]) => new JobHandlers(c, handlers),
        },
        ...PROCESSORS,
      ],
    };
  }
}
