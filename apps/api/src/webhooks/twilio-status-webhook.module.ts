import { Module } from '@nestjs/common';
import { ReceiptsModule } from '@herald/receipts';
import { TwilioSignatureModule } from './twilio-signature.module';
import { TwilioStatusController } from './twilio-status.controller';
import { TwilioStatusService } from './twilio-status.service';

/** Twilio's delivery receipts for the texts Herald sent. */
@Module({
  imports: [TwilioSignatureModule, ReceiptsModule],
  controllers: [TwilioStatusController],
  providers: [TwilioStatusService],
})
export class TwilioStatusWebhookModule {}
