import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LetterProvider, PrintBatchAcceptance, PrintLetter, PrintOutcome } from '@herald/domain';
import { pdfFileName, printManifestCsv } from '../print-manifest';

/**
 * With no print provider configured, each batch's PDFs (and its manifest) are written under the
 * outbox folder and the letters counted as delivered, so the whole journey works offline.
 */
export class OutboxLetterProvider implements LetterProvider {
  readonly name = 'outbox';

  constructor(private readonly outboxDir: string) {}

  async sendBatch(batchName: string, letters: readonly PrintLetter[]): Promise<PrintBatchAcceptance> {
    const dir = join(this.outboxDir, 'letter');
    await mkdir(dir, { recursive: true });
    for (const letter of letters) await writeFile(join(dir, pdfFileName(letter)), letter.pdf);
    await writeFile(join(dir, `${batchName}.manifest.csv`), printManifestCsv(letters));
    return { provider: this.name, reference: batchName, status: 'delivered' };
  }

  async collectOutcomes(): Promise<PrintOutcome[]> {
    return [];
  }
}
