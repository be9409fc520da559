import { Module } from '@nestjs/common';
import { InboundSmsService } from './inbound-sms.service';
import { TwilioInboundController } from './twilio-inbound.controller';
import { TwilioSignature } from './twilio-signature';

/** The Twilio webhook for texts received on services’ inbound numbers. */
@Module({
  controllers: [TwilioInboundController],
  providers: [InboundSmsService, TwilioSignature],
})
export class InboundSmsWebhookModule {}
