import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { QueueModule } from '@herald/queue';
import { TemplatingModule } from '@herald/templating';
import { ApiKeyAuthenticator } from './auth/api-key-authenticator';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ApiKeyHook } from './auth/api-key.hook';
import { NotificationPresenter } from './notifications/notification-presenter';
import { NotificationQueryService } from './notifications/notification-query.service';
import { NotificationsController } from './notifications/notifications.controller';
import { SmsController } from './notifications/sms.controller';
import { LetterPdfService } from './notifications/letters/letter-pdf.service';
import { LettersController } from './notifications/letters/letters.controller';
import { SendPrecompiledLetterService } from './notifications/letters/send-precompiled-letter.service';
import { LimitsModule } from './limits/limits.module';
import { NotificationSendingModule } from './notifications/notification-sending.module';
import { SendingModule } from '@herald/sending';
import { RequestLogModule } from '../request-log/request-log.module';
import { ReceivedTextMessagesController } from './received-texts/received-text-messages.controller';
import { ReceivedTextQueryService } from './received-texts/received-text-query.service';
import { TemplatePresenter } from './templates/template-presenter';
import { TemplatePreviewService } from './templates/template-preview.service';
import { TemplateQueryService } from './templates/template-query.service';
import { TemplatesController } from './templates/templates.controller';
import { MessagesController } from './messages/messages.controller';
import { MessagesService } from './messages/messages.service';
import { RecipientsController } from './messages/recipients.controller';
import { MeModule } from './me/me.module';
import { TemplateChecksController } from './template-checks/template-checks.controller';
import { TemplateChecksService } from './template-checks/template-checks.service';

/** The Notify-compatible v2 API, authenticated with API keys. */
@Module({
  imports: [QueueModule, TemplatingModule, LimitsModule, SendingModule, NotificationSendingModule, RequestLogModule, AdministrationModule, MeModule],
  controllers: [
    TemplatesController,
    ReceivedTextMessagesController,
    NotificationsController,
    SmsController,
    LettersController,
    MessagesController,
    RecipientsController,
    TemplateChecksController,
  ],
  providers: [
    TemplateQueryService,
    TemplatePreviewService,
    TemplatePresenter,
    ReceivedTextQueryService,
    ApiKeyAuthenticator,
    ApiKeyGuard,
    ApiKeyHook,
    NotificationQueryService,
    NotificationPresenter,
    SendPrecompiledLetterService,
    LetterPdfService,
    MessagesService,
    TemplateChecksService,
  ],
})
export class PublicApiModule {}
