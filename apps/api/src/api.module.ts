import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, HeraldConfig } from '@herald/config';
import { MetricsModule } from '@herald/metrics';
import { PersistenceModule } from '@herald/persistence';
import { QueueDepths, QueueModule } from '@herald/queue';
import { RedisReadiness } from '@herald/redis';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { PublicApiModule } from './public/public-api.module';
import { DocumentsModule } from './documents/documents.module';
import { InboundSmsWebhookModule } from './webhooks/inbound-sms-webhook.module';
import { TwilioStatusWebhookModule } from './webhooks/twilio-status-webhook.module';
import { SesWebhookModule } from './webhooks/ses/ses-webhook.module';
import { InternalApiModule } from './internal/internal-api.module';
import { OpenApiModule } from './openapi/openapi.module';
import { ClockModule } from './bootstrap/clock.module';
import type { Clock } from '@herald/domain';

@Module({})
export class ApiModule {
  /** `clock`: tests pass one they can move forward; otherwise the system's. */
  static forRoot(config: HeraldConfig, clock?: Clock): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        PersistenceModule,
        PublicApiModule,
        DocumentsModule,
        InboundSmsWebhookModule,
        TwilioStatusWebhookModule,
        SesWebhookModule,
        InternalApiModule,
        OpenApiModule,
        MetricsModule.endpoint({ imports: [QueueModule], queueDepths: QueueDepths }),
      ],
      controllers: [HealthController],
      providers: [HealthService, RedisReadiness],
    };
  }
}
