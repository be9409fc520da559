import { Module } from '@nestjs/common';
import { InboundSmsService } from './inbound-sms.service';
import { TwilioInboundController } from './twilio-inbound.controller';
import { TwilioSignatureModule } from './twilio-signature.module';

/** The Twilio webhook for texts received on services’ inbound numbers. */
@Module({
  imports: [TwilioSignatureModule],
  controllers: [TwilioInboundController],
  providers: [InboundSmsService],
})
export class InboundSmsWebhookModule {}
