import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { isPostage, LETTER_PROVIDER, LetterProvider, PrintLetter } from '@herald/domain';
import { LetterRepository } from '@herald/persistence';

/** Letters per upload; a bigger day goes out as several batches in the same run. */
const BATCH_SIZE = 500;

/**
 * The daily print run: every live letter rendered and still `created` goes to the print provider
 * in batches, then moves to `sending` (or `delivered` for the outbox). The printer's later reports
 * move letters to `delivered` (posted) or `returned-letter`. Test-key letters are never selected.
 */
@Injectable()
export class PrintBatchService {
  private readonly logger = new Logger(PrintBatchService.name);

  constructor(private readonly letters: LetterRepository, @Inject(LETTER_PROVIDER) private readonly provider: LetterProvider) {}

  /** Returns how many letters were sent to print. */
  async sendToPrint(now = new Date()): Promise<number> {
    let total = 0;
    for (let part = 1; ; part += 1) {
      const ready = await this.letters.findReadyForPrint(BATCH_SIZE);
      if (!ready.length) break;
      const pdfs = await this.letters.pdfsOf(ready.map((l) => l.notificationId));
      const batch: PrintLetter[] = ready.flatMap((l) => {
        const pdf = pdfs.get(l.notificationId);
        return pdf && isPostage(l.postage) ? [{ notificationId: l.notificationId, reference: l.reference, postage: l.postage, pageCount: l.pageCount, pdf }] : [];
      });
      if (!batch.length) break;
      const name = batchName(now, part);
      const accepted = await this.provider.sendBatch(name, batch);
      await this.letters.markBatchSent(ready.filter((l) => pdfs.has(l.notificationId)), name, accepted.status, accepted.provider, now);
      this.logger.log(`Sent ${batch.length} letter(s) to print as ${name}`);
      total += batch.length;
      if (ready.length < BATCH_SIZE) break;
    }
    return total;
  }

  /** Applies the printer's response files; returns how many letters changed status. */
  async applyResponses(): Promise<number> {
    let changed = 0;
    for (const outcome of await this.provider.collectOutcomes()) {
      if (await this.letters.applyPrintOutcome(outcome.notificationId, outcome.status)) changed += 1;
    }
    if (changed) this.logger.log(`Print responses moved ${changed} letter(s) on`);
    return changed;
  }
}

function batchName(now: Date, part: number): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `herald-${stamp}-${part}-${randomBytes(3).toString('hex')}`;
}
