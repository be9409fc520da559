import type { Job } from 'bullmq';
import type { HeraldConfig } from '@herald/config';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from './handles-job.decorator';
import type { JobHandler } from './job-handler';
import { JobHandlers } from './job-handlers';

const ran: string[] = [];

@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.replayCreated, {
  retry: { attempts: 2 },
  repeat: (config) => ({ every: config.worker.sweepIntervalSeconds * 1000 }),
})
class ReplayHandler implements JobHandler {
  async run(): Promise<string> {
    ran.push('replay');
    return 'replayed';
  }
}

@HandlesJob(QUEUES.scheduledTasks, [SCHEDULED_TASKS.documentPurge, SCHEDULED_TASKS.notificationPurge], {
  retry: (config) => ({ attempts: config.retry.maxAttempts }),
})
class PurgeHandler implements JobHandler {
  async run(job: Job): Promise<void> {
    ran.push(`purge ${job.name}`);
  }

  failed(job: Job, error: Error): void {
    ran.push(`failed ${job.name}: ${error.message}`);
  }
}

describe('JobHandlers', () => {
  const config = { worker: { sweepIntervalSeconds: 30 }, retry: { maxAttempts: 4 } } as HeraldConfig;
  const handlers = new JobHandlers(config, [new ReplayHandler(), new PurgeHandler()]);
  const job = (name: string) => ({ name }) as Job;
  beforeEach(() => ran.splice(0));

  it('hands each job to the handler of its name', async () => {
    expect(await handlers.run(QUEUES.scheduledTasks, job(SCHEDULED_TASKS.replayCreated), undefined)).toBe('replayed');
    await handlers.run(QUEUES.scheduledTasks, job(SCHEDULED_TASKS.notificationPurge), undefined);
    await handlers.run(QUEUES.scheduledTasks, job(SCHEDULED_TASKS.documentPurge), undefined);
    expect(ran).toEqual(['replay', 'purge notification-retention-purge', 'purge document-retention-purge']);
  });

  it('refuses a job whose name has no handler on that queue', () => {
    expect(() => handlers.run(QUEUES.sendEmail, job(SCHEDULED_TASKS.replayCreated), undefined)).toThrow(
      'No handler for job replay-created-notifications on queue send-email',
    );
  });

  it('tells the handler of a failed job, if it listens', async () => {
    await handlers.failed(QUEUES.scheduledTasks, job(SCHEDULED_TASKS.documentPurge), new Error('disk full'));
    await handlers.failed(QUEUES.scheduledTasks, job(SCHEDULED_TASKS.replayCreated), new Error('ignored'));
    await handlers.failed(QUEUES.scheduledTasks, undefined, new Error('no job'));
    expect(ran).toEqual(['failed document-retention-purge: disk full']);
  });

  it('gives each job its handler’s retry, read from the configuration when it depends on it', () => {
    expect(handlers.retryOf(QUEUES.scheduledTasks, SCHEDULED_TASKS.replayCreated)).toEqual({ attempts: 2 });
    expect(handlers.retryOf(QUEUES.scheduledTasks, SCHEDULED_TASKS.documentPurge)).toEqual({ attempts: 4 });
  });

  it('lists the repeatable jobs of a queue with their schedules and retries', () => {
    expect(handlers.repeatable(QUEUES.scheduledTasks)).toEqual([{ name: SCHEDULED_TASKS.replayCreated, repeat: { every: 30_000 }, opts: { attempts: 2 } }]);
    expect(handlers.repeatable(QUEUES.serviceCallbacks)).toEqual([]);
  });
});
