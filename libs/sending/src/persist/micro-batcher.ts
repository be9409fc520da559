interface Waiting<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export interface BatchLimits {
  /** Most items handed over at once. */
  readonly maxBatch: number;
  /** Most batches running at once; further items wait for one to finish and go together. */
  readonly maxInFlight: number;
}

/**
 * Gathers what concurrent requests submit and hands it over in batches (group commit): at once
 * while fewer than `maxInFlight` batches run, otherwise as soon as one finishes. An idle process
 * waits for nothing (only setImmediate, so that the requests of one event-loop turn go together);
 * a busy one makes fewer, larger batches, and so fewer round trips. If a batch fails, each of its
 * items is tried on its own (`single`), so that one bad item fails only its own request.
 */
export class MicroBatcher<T> {
  private waiting: Waiting<T>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly batch: (items: T[]) => Promise<void>,
    private readonly single: (item: T) => Promise<void>,
    private readonly limits: BatchLimits,
  ) {}

  submit(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.waiting.length > 0 && this.inFlight < this.limits.maxInFlight) {
      const taken = this.waiting.splice(0, this.limits.maxBatch);
      this.inFlight += 1;
      void this.run(taken).finally(() => {
        this.inFlight -= 1;
        if (this.waiting.length > 0) this.schedule();
      });
    }
  }

  private async run(taken: Waiting<T>[]): Promise<void> {
    try {
      await this.batch(taken.map((waiting) => waiting.item));
      for (const waiting of taken) waiting.resolve();
    } catch (error) {
      if (taken.length === 1) {
        taken[0].reject(error);
        return;
      }
      await Promise.all(taken.map((waiting) => this.single(waiting.item).then(waiting.resolve, waiting.reject)));
    }
  }
}
