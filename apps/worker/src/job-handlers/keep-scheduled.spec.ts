import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { keepScheduled, ScheduledQueue } from './keep-scheduled';

/** A queue whose Redis connection is an emitter the test makes 'ready'. */
function aQueue(): ScheduledQueue & { backend: EventEmitter; closing: Promise<void> | undefined } {
  const backend = new EventEmitter();
  return { name: 'scheduled-tasks', closing: undefined, backend, getBackend: () => backend as never };
}

function aLogger(): Logger & { warnings: string[]; lines: string[] } {
  const warnings: string[] = [];
  const lines: string[] = [];
  return Object.assign(new Logger('test'), { warnings, lines, warn: (m: string) => warnings.push(m), log: (m: string) => lines.push(m) });
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
  expect(condition()).toBe(true);
}

describe('keepScheduled', () => {
  it('schedules at once, and again when Redis is ready, trying again until it succeeds', async () => {
    const queue = aQueue();
    const logger = aLogger();
    let calls = 0;
    const schedule = async () => {
      calls += 1;
      // The first restore's first two tries fail (Redis answers errors while it starts).
      if (calls === 2 || calls === 3) throw new Error('LOADING Redis is loading the dataset in memory');
    };
    await keepScheduled(queue, schedule, logger, 1);
    expect(calls).toBe(1);

    queue.backend.emit('ready');
    await until(() => logger.lines.length === 1);
    expect(calls).toBe(4);
    expect(logger.warnings).toEqual([expect.stringContaining('Could not restore the schedules of scheduled-tasks')]);
    expect(logger.lines).toEqual(['Restored the schedules of scheduled-tasks after 2 failed tries']);

    queue.backend.emit('ready');
    await until(() => calls === 5);
    expect(logger.warnings).toHaveLength(1);
  });

  it('stops trying once the queue closes', async () => {
    const queue = aQueue();
    const logger = aLogger();
    let calls = 0;
    await keepScheduled(
      queue,
      async () => {
        calls += 1;
        if (calls > 1) {
          queue.closing = Promise.resolve();
          throw new Error('Connection is closed.');
        }
      },
      logger,
      1,
    );
    queue.backend.emit('ready');
    await until(() => logger.warnings.length === 1);
    // Twenty retry intervals: a loop that ignored the closing queue would have called again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(2);
    expect(logger.lines).toEqual([]);
  });
});
