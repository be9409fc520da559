import { randomBytes } from 'node:crypto';
import { isPostage, LetterProvider, NotificationStatus, PrintLetter } from '@herald/domain';

/** Letters per upload; a bigger day goes out as several batches in the same run. */
const BATCH_SIZE = 500;

/** A rendered letter waiting for the print run (libs/persistence's LetterRepository gives these). */
export interface PrintReadyLetterRef {
  readonly notificationId: string;
  readonly serviceId: string;
  readonly reference: string;
  readonly postage: string;
  readonly pageCount: number;
}

/** Where the print run finds letters and records that they went to print: the letter repository. */
export interface PrintQueueStore {
  findReadyForPrint(limit: number): Promise<PrintReadyLetterRef[]>;
  pdfsOf(notificationIds: readonly string[]): Promise<Map<string, Buffer>>;
  markBatchSent(
    letters: ReadonlyArray<{ notificationId: string; serviceId: string }>,
    batch: string,
    status: NotificationStatus,
    provider: string,
    at?: Date,
  ): Promise<void>;
}

/** What one print run sent: the letters and the names of the batches they went in. */
export interface PrintRun {
  readonly letters: number;
  readonly batches: readonly string[];
}

/**
 * The daily print run, shared by the worker (at PRINT_BATCH_TIME) and `herald letters print-now`:
 * every live letter rendered and still `created` goes to the print provider in batches, then moves
 * to `sending` (or `delivered` for the outbox). Test-key letters are never selected.
 */
export async function sendPrintBatch(store: PrintQueueStore, provider: LetterProvider, now = new Date()): Promise<PrintRun> {
  let letters = 0;
  const batches: string[] = [];
  for (let part = 1; ; part += 1) {
    const ready = await store.findReadyForPrint(BATCH_SIZE);
    if (!ready.length) break;
    const pdfs = await store.pdfsOf(ready.map((l) => l.notificationId));
    const batch: PrintLetter[] = ready.flatMap((l) => {
      const pdf = pdfs.get(l.notificationId);
      return pdf && isPostage(l.postage) ? [{ notificationId: l.notificationId, reference: l.reference, postage: l.postage, pageCount: l.pageCount, pdf }] : [];
    });
    if (!batch.length) break;
    const name = batchName(now, part);
    const accepted = await provider.sendBatch(name, batch);
    await store.markBatchSent(
      ready.filter((l) => pdfs.has(l.notificationId)),
      name,
      accepted.status,
      accepted.provider,
      now,
    );
    letters += batch.length;
    batches.push(name);
    if (ready.length < BATCH_SIZE) break;
  }
  return { letters, batches };
}

function batchName(now: Date, part: number): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `herald-${stamp}-${part}-${randomBytes(3).toString('hex')}`;
}
