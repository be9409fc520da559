interface Waiting<I, O> {
  readonly input: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

/** At most this many inputs in one write; a bigger burst is written in several. */
const MAX_BATCH = 100;

/**
 * Writes the inputs of many callers together (a group commit): while one batch is being written,
 * the inputs that arrive wait and go into the next, so the worker's concurrent jobs share a
 * database round trip, and a lone caller waits only for the end of the event-loop turn it is in.
 * `write` answers one output per input, in order; each caller's promise settles with its own, once
 * its batch is written. A batch that fails is written again one input at a time, so an input that
 * cannot be written fails its own caller only.
 */
export class GroupCommit<I, O> {
  private readonly waiting: Array<Waiting<I, O>> = [];
  private writing = false;

  constructor(private readonly write: (inputs: I[]) => Promise<O[]>) {}

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (!this.writing) void this.writeWhileWaiting();
    });
  }

  private async writeWhileWaiting(): Promise<void> {
    this.writing = true;
    // Inputs submitted in the same turn of the event loop go into the first batch too.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) await this.writeBatch(this.waiting.splice(0, MAX_BATCH));
    this.writing = false;
  }

  private async writeBatch(batch: Array<Waiting<I, O>>): Promise<void> {
    try {
      const outputs = await this.write(batch.map((entry) => entry.input));
      batch.forEach((entry, index) => entry.resolve(outputs[index]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const entry of batch) await this.write([entry.input]).then(([output]) => entry.resolve(output), entry.reject);
    }
  }
}
