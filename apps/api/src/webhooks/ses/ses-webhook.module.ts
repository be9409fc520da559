import { Module } from '@nestjs/common';
import { SesReceiptsService } from './ses-receipts.service';
import { SesWebhookController } from './ses-webhook.controller';
import { SnsSignatureVerifier } from './sns-signature-verifier';

/** Amazon SES receipts (delivery, bounce, complaint) through SNS. */
@Module({
  controllers: [SesWebhookController],
  providers: [SesReceiptsService, SnsSignatureVerifier],
})
export class SesWebhookModule {}
