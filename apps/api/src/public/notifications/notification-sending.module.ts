import { Module } from '@nestjs/common';
import { SendingModule } from '@herald/sending';
import { TemplatingModule } from '@herald/templating';
import { FileUploadService } from './file-uploads/file-upload.service';
import { SendLetterService } from './letters/send-letter.service';
import { SendEmailService } from './send-email.service';
import { SendSmsService } from './send-sms.service';

/** The v2 send endpoints' request handling; every sending rule is libs/sending's. */
@Module({
  imports: [SendingModule, TemplatingModule],
  providers: [FileUploadService, SendEmailService, SendSmsService, SendLetterService],
  exports: [SendEmailService, SendSmsService, SendLetterService],
})
export class NotificationSendingModule {}
