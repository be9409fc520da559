import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs one purge batch after another (each its own short transaction, removing at most its batch
 * size) until a batch finds nothing left; returns how many rows went. After each batch it waits as
 * long as the batch took: a backlog of millions then takes at most half of one database
 * connection's time, however fast or loaded the machine, and the API's queries and commits get the
 * rest (the hourly purge has an hour to finish). Each batch is atomic, so a worker stopped halfway
 * leaves nothing half-moved; the next run carries on.
 */
export async function purgeInBatches(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const started = performance.now();
    const removed = await batch();
    if (removed === 0) return total;
    total += removed;
    await sleep(performance.now() - started);
  }
}
