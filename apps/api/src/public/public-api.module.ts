import { Module } from '@nestjs/common';
import { QueueModule } from '@herald/queue';
import { TemplatingModule } from '@herald/templating';
import { ApiKeyAuthenticator } from './auth/api-key-authenticator';
import { ApiKeyGuard } from './auth/api-key.guard';
import { NotificationPresenter } from './notifications/notification-presenter';
import { NotificationQueryService } from './notifications/notification-query.service';
import { NotificationsController } from './notifications/notifications.controller';
import { RecipientPolicy } from './notifications/recipient-policy';
import { SendEmailService } from './notifications/send-email.service';

/** The Notify-compatible v2 API, authenticated with API keys. */
@Module({
  imports: [QueueModule, TemplatingModule],
  controllers: [NotificationsController],
  providers: [ApiKeyAuthenticator, ApiKeyGuard, RecipientPolicy, SendEmailService, NotificationQueryService, NotificationPresenter],
})
export class PublicApiModule {}
