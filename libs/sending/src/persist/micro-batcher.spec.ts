import { MicroBatcher } from './micro-batcher';

/** A batch handler whose batches finish when the test says so. */
function heldBatches() {
  const batches: number[][] = [];
  const release: Array<() => void> = [];
  const batch = (items: number[]) => {
    batches.push(items);
    return new Promise<void>((resolve) => release.push(resolve));
  };
  return { batches, release, batch };
}

/** A few turns of the event loop: enough for the batcher's setImmediate and its promise callbacks. */
const settle = async () => {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('MicroBatcher', () => {
  it('hands over what is submitted in one turn of the event loop as one batch', async () => {
    const handled: number[][] = [];
    const batcher = new MicroBatcher<number>(
      async (items) => void handled.push(items),
      async () => undefined,
      { maxBatch: 10, maxInFlight: 1 },
    );
    await Promise.all([1, 2, 3].map((n) => batcher.submit(n)));
    expect(handled).toEqual([[1, 2, 3]]);
  });

  it('runs at most maxInFlight batches; what arrives meanwhile waits and goes together, maxBatch at a time', async () => {
    const held = heldBatches();
    const batcher = new MicroBatcher<number>(held.batch, async () => undefined, { maxBatch: 2, maxInFlight: 1 });
    const first = batcher.submit(1);
    await settle();
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    await settle();
    expect(held.batches).toEqual([[1]]);
    held.release[0]();
    await first;
    await settle();
    expect(held.batches).toEqual([[1], [2, 3]]);
    held.release[1]();
    await settle();
    held.release[2]();
    await Promise.all(later);
    expect(held.batches).toEqual([[1], [2, 3], [4]]);
  });

  it('tries each item of a failed batch alone, so only the bad one fails', async () => {
    const batcher = new MicroBatcher<number>(
      async () => {
        throw new Error('one bad row');
      },
      async (item) => {
        if (item === 2) throw new Error(`row ${item} refused`);
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('row 2 refused'));
  });

  it('fails a batch of one with its own error, without trying it again', async () => {
    const single = jest.fn(async () => undefined);
    const batcher = new MicroBatcher<number>(
      async () => {
        throw new Error('database down');
      },
      single,
      { maxBatch: 10, maxInFlight: 1 },
    );
    await expect(batcher.submit(1)).rejects.toThrow('database down');
    expect(single).not.toHaveBeenCalled();
  });
});
