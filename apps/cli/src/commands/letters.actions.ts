import { join } from 'node:path';
import { letterProviderFor, sendPrintBatch } from '@herald/providers';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';

/** The worker's print run (sendPrintBatch), started by hand: letters rendered and still `created` go to print now. */
export async function printNow(session: CliSession, options: { json?: boolean }): Promise<void> {
  const { config } = session;
  const provider = letterProviderFor(config);
  const actor = await session.actor();
  try {
    const run = await session.administration.printRuns.printNow(actor, (letters) => sendPrintBatch(letters, provider, new Date()));
    const destination = config.print.sftp
      ? `sftp://${config.print.sftp.host}:${config.print.sftp.port}${config.print.sftp.path}`
      : join(config.outboxDir, 'letter');
    const sentence =
      run.letters === 0
        ? 'No letters are waiting to be printed'
        : `Sent ${run.letters} ${run.letters === 1 ? 'letter' : 'letters'} to print in ${destination} (${run.batches.join(', ')})`;
    printResult(options.json, { letters: run.letters, batches: run.batches, destination }, sentence);
  } finally {
    await provider.close?.();
  }
}
