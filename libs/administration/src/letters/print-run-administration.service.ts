import { Injectable } from '@nestjs/common';
import { AuditRepository, LetterRepository } from '@herald/persistence';
import type { Actor } from '../actor';

export interface PrintRunSummary {
  readonly letters: number;
  readonly batches: readonly string[];
}

/**
 * The daily print run started by hand. Sending the batch is the caller's (the print provider lives
 * in libs/providers); the letters waiting come from here, and the run is recorded.
 */
@Injectable()
export class PrintRunAdministration {
  constructor(
    private readonly letters: LetterRepository,
    private readonly audit: AuditRepository,
  ) {}

  async printNow<Run extends PrintRunSummary>(actor: Actor, sendBatch: (letters: LetterRepository) => Promise<Run>): Promise<Run> {
    const run = await sendBatch(this.letters);
    await this.audit.record({
      userId: actor.id,
      serviceId: null,
      action: 'letters.sent-to-print',
      subject: run.batches[0] ?? null,
      details: { letters: run.letters, batches: run.batches },
    });
    return run;
  }
}
