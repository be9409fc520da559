import { Module } from '@nestjs/common';
import { ReceiptsModule } from '@herald/receipts';
import { SesReceiptsService } from './ses-receipts.service';
import { SesWebhookController } from './ses-webhook.controller';
import { SnsSignatureVerifier } from './sns-signature-verifier';

/** Amazon SES receipts (delivery, bounce, complaint) through SNS. */
@Module({
  imports: [ReceiptsModule],
  controllers: [SesWebhookController],
  providers: [SesReceiptsService, SnsSignatureVerifier],
})
export class SesWebhookModule {}
