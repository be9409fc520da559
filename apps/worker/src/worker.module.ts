import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, HeraldConfig } from '@herald/config';
import { PersistenceModule } from '@herald/persistence';
import { ProvidersModule } from '@herald/providers';
import { QueueModule } from '@herald/queue';
import { TemplatingModule } from '@herald/templating';
import { assertEveryQueueConsumed } from './queue-consumers.check';
import { EmailDeliveryService } from './delivery/email-delivery.service';
import { SendEmailProcessor } from './delivery/send-email.processor';
import { SendSmsProcessor } from './delivery/send-sms.processor';
import { SmsDeliveryService } from './delivery/sms-delivery.service';
import { ReplayCreatedService } from './sweep/replay-created.service';
import { DocumentRetentionService } from './sweep/document-retention.service';
import { ScheduledTasksProcessor } from './sweep/scheduled-tasks.processor';
import { LetterPreparationService } from './letters/letter-preparation.service';
import { LetterSweepService } from './letters/letter-sweep.service';
import { PrintBatchService } from './letters/print-batch.service';
import { SendLetterProcessor } from './letters/send-letter.processor';

/** Every processor, one per queue in the registry (checked by a test). */
export const PROCESSORS = [SendEmailProcessor, SendSmsProcessor, ScheduledTasksProcessor, SendLetterProcessor];

@Module({})
export class WorkerModule {
  static forRoot(config: HeraldConfig): DynamicModule {
    assertEveryQueueConsumed(PROCESSORS);
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule, QueueModule, TemplatingModule, ProvidersModule],
      providers: [EmailDeliveryService, SmsDeliveryService, ReplayCreatedService, LetterPreparationService, LetterSweepService, PrintBatchService, DocumentRetentionService, ...PROCESSORS],
    };
  }
}
