import { Module } from '@nestjs/common';
import { ReceiptsService } from './receipts.service';

/** applyReceipt for the apps that take receipts: the API's webhooks and the worker (bounces, print responses, timeout). */
@Module({
  providers: [ReceiptsService],
  exports: [ReceiptsService],
})
export class ReceiptsModule {}
