import { Queue } from 'bullmq';
import type { HeraldConfig } from '@herald/config';
import { SCHEDULED_TASKS } from '@herald/queue';

/**
 * The letter tasks on the scheduled-tasks queue: the sweep with the other sweeps, the print batch
 * once a day at the configured London time, and the printer's responses every few minutes.
 */
export async function scheduleLetterTasks(tasks: Queue, config: HeraldConfig): Promise<void> {
  await tasks.upsertJobScheduler(SCHEDULED_TASKS.letterSweep, { every: config.worker.sweepIntervalSeconds * 1000 }, { name: SCHEDULED_TASKS.letterSweep });
  await tasks.upsertJobScheduler(
    SCHEDULED_TASKS.printBatch,
    { pattern: `${config.print.batchMinute} ${config.print.batchHour} * * *`, tz: 'Europe/London' },
    { name: SCHEDULED_TASKS.printBatch },
  );
  await tasks.upsertJobScheduler(SCHEDULED_TASKS.printResponses, { every: config.print.responseIntervalSeconds * 1000 }, { name: SCHEDULED_TASKS.printResponses });
}
