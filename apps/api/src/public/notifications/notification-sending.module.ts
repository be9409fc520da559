import { Module } from '@nestjs/common';
import { QueueModule } from '@herald/queue';
import { TemplatingModule } from '@herald/templating';
import { LimitsModule } from '../limits/limits.module';
import { FileUploadService } from './file-uploads/file-upload.service';
import { SendLetterService } from './letters/send-letter.service';
import { RecipientPolicy } from './recipient-policy';
import { SendEmailService } from './send-email.service';
import { SendSmsService } from './send-sms.service';

/**
 * Validating, storing and queueing one notification, shared by the v2 API (API keys) and the
 * admin's internal API (a team member sending one message).
 */
@Module({
  imports: [QueueModule, TemplatingModule, LimitsModule],
  providers: [RecipientPolicy, FileUploadService, SendEmailService, SendSmsService, SendLetterService],
  exports: [SendEmailService, SendSmsService, SendLetterService, LimitsModule],
})
export class NotificationSendingModule {}
