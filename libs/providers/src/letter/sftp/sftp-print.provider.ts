import { posix } from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import type { PrintSettings } from '@herald/config';
import { LetterProvider, PrintBatchAcceptance, PrintLetter, PrintOutcome, ProviderError } from '@herald/domain';
import { parsePrintResponse, pdfFileName, printManifestCsv } from '../print-manifest';

type SftpSettings = NonNullable<PrintSettings['sftp']>;

const RESPONSES = 'responses';
const PROCESSED = 'processed';

/**
 * A print provider reached over SFTP. Each daily batch goes to `<path>/<batch>/`: the PDFs first,
 * then `manifest.csv`, so a complete manifest means a complete batch. The printer leaves CSV
 * response files in `<path>/responses/`; each is read once, then moved to `responses/processed/`.
 */
export class SftpPrintProvider implements LetterProvider {
  readonly name = 'sftp-print';

  constructor(private readonly settings: SftpSettings) {}

  async sendBatch(batchName: string, letters: readonly PrintLetter[]): Promise<PrintBatchAcceptance> {
    const dir = posix.join(this.settings.path, batchName);
    await this.session(async (sftp) => {
      await sftp.mkdir(dir, true);
      for (const letter of letters) await sftp.put(letter.pdf, posix.join(dir, pdfFileName(letter)));
      await sftp.put(Buffer.from(printManifestCsv(letters), 'utf8'), posix.join(dir, 'manifest.csv'));
    });
    return { provider: this.name, reference: batchName, status: 'sending' };
  }

  async collectOutcomes(): Promise<PrintOutcome[]> {
    const dir = posix.join(this.settings.path, RESPONSES);
    return this.session(async (sftp) => {
      if ((await sftp.exists(dir)) !== 'd') return [];
      const files = (await sftp.list(dir))
        .filter((f) => f.type === '-' && f.name.toLowerCase().endsWith('.csv'))
        .map((f) => f.name)
        .sort();
      const outcomes: PrintOutcome[] = [];
      if (files.length) await sftp.mkdir(posix.join(dir, PROCESSED), true);
      for (const name of files) {
        const content = (await sftp.get(posix.join(dir, name))) as Buffer;
        outcomes.push(...parsePrintResponse(content.toString('utf8')));
        await sftp.rename(posix.join(dir, name), posix.join(dir, PROCESSED, name));
      }
      return outcomes;
    });
  }

  private async session<T>(work: (sftp: SftpClient) => Promise<T>): Promise<T> {
    // Errors reach the caller through the promises; the library's default listeners would only print them.
    const quiet = () => undefined;
    const sftp = new SftpClient('herald-print', { error: quiet, end: quiet, close: quiet });
    try {
      await sftp.connect({
        host: this.settings.host,
        port: this.settings.port,
        username: this.settings.username,
        ...(this.settings.password !== null ? { password: this.settings.password } : {}),
        ...(this.settings.privateKey !== null ? { privateKey: this.settings.privateKey } : {}),
        readyTimeout: 10_000,
      });
    } catch (error) {
      throw ProviderError.retryable(`Cannot reach the print SFTP server: ${(error as Error).message}`);
    }
    try {
      return await work(sftp);
    } finally {
      await sftp.end().catch(() => undefined);
    }
  }
}
