import { Module } from '@nestjs/common';
import { TwilioSignature } from './twilio-signature';

/** The one X-Twilio-Signature check, shared by every Twilio webhook (inbound texts, status callbacks). */
@Module({
  providers: [TwilioSignature],
  exports: [TwilioSignature],
})
export class TwilioSignatureModule {}
