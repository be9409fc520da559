import { Inject, Injectable, Logger } from '@nestjs/common';
import { LETTER_PROVIDER, LetterProvider } from '@herald/domain';
import { LetterRepository } from '@herald/persistence';
import { sendPrintBatch } from '@herald/providers';
import { printReceipt, ReceiptsService } from '@herald/receipts';

/**
 * The daily print run (libs/providers' sendPrintBatch, shared with `herald letters print-now`), and the
 * printer's later reports, receipts (libs/receipts) that move letters to `delivered` (posted) or `returned-letter`.
 */
@Injectable()
export class PrintBatchService {
  private readonly logger = new Logger(PrintBatchService.name);

  constructor(
    private readonly letters: LetterRepository,
    @Inject(LETTER_PROVIDER) private readonly provider: LetterProvider,
    private readonly receipts: ReceiptsService,
  ) {}

  /** Returns how many letters were sent to print (the same run as `herald letters print-now`). */
  async sendToPrint(now = new Date()): Promise<number> {
    const run = await sendPrintBatch(this.letters, this.provider, now);
    if (run.letters) this.logger.log(`Sent ${run.letters} letter(s) to print as ${run.batches.join(', ')}`);
    return run.letters;
  }

  /** Applies the printer's response files; returns how many letters changed status. */
  async applyResponses(now = new Date()): Promise<number> {
    let changed = 0;
    for (const outcome of await this.provider.collectOutcomes()) {
      if ((await this.receipts.applyReceipt(printReceipt(outcome, now))).applied) changed += 1;
    }
    if (changed) this.logger.log(`Print responses moved ${changed} letter(s) on`);
    return changed;
  }
}
