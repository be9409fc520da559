import { Module } from '@nestjs/common';
import { NotificationSendingModule } from '../../public/notifications/notification-sending.module';
import { SendController } from './send.controller';
import { SendOneService } from './send-one.service';
import { SendableTemplates } from './sendable-templates.service';
import { TrialModeRecipients } from './trial-mode-recipients';

/** The admin's "send one message" endpoints; the send services are the v2 API's own. */
@Module({
  imports: [NotificationSendingModule],
  controllers: [SendController],
  providers: [SendableTemplates, SendOneService, TrialModeRecipients],
  exports: [SendableTemplates, TrialModeRecipients, NotificationSendingModule],
})
export class SendModule {}
