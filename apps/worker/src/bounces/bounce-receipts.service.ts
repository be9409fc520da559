import { Injectable, Logger } from '@nestjs/common';
import { bounceReceipt, parseBounceReport, ReceiptsService } from '@herald/receipts';

/**
 * What the bounce mailbox received, as a receipt for applyReceipt (libs/receipts): a DSN becomes
 * a status, an abuse report a complaint. Logs name notification ids only, never addresses.
 */
@Injectable()
export class BounceReceiptsService {
  private readonly logger = new Logger(BounceReceiptsService.name);

  constructor(private readonly receipts: ReceiptsService) {}

  async receive(raw: Buffer, envelopeRecipients: readonly string[], at = new Date()): Promise<void> {
    const report = await parseBounceReport(raw, envelopeRecipients);
    if (!report) {
      this.logger.log('Bounce mailbox: a message that is no delivery or complaint report of an email of ours was ignored');
      return;
    }
    await this.receipts.applyReceipt(bounceReceipt(report, at));
  }
}
