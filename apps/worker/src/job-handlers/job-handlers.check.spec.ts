import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { JOB_HANDLERS } from '../worker-job-handlers';
import { HandlesJob, registrationsOf } from './handles-job.decorator';
import type { JobHandler } from './job-handler';
import { assertEveryJobHandled } from './job-handlers.check';

@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.printBatch, { retry: { attempts: 1 } })
class SecondPrintBatchHandler implements JobHandler {
  async run(): Promise<void> {}
}

// Cast: the decorator's types already refuse a name the registry does not list.
@HandlesJob(QUEUES.scheduledTasks, 'nobody-knows-me' as never, { retry: { attempts: 1 } })
class StrayHandler implements JobHandler {
  async run(): Promise<void> {}
}

describe('the worker start-up check of job handlers', () => {
  const worker = registrationsOf(JOB_HANDLERS);

  it('passes for the worker’s own handlers, one for every job name of every queue', () => {
    expect(() => assertEveryJobHandled(worker)).not.toThrow();
  });

  it('refuses a job name without a handler, naming the queue and the job', () => {
    const withoutPrintBatch = worker.filter((r) => r.name !== SCHEDULED_TASKS.printBatch);
    expect(() => assertEveryJobHandled(withoutPrintBatch)).toThrow(
      'Job letter-print-batch on queue scheduled-tasks has no handler: declare one with @HandlesJob and list it in JOB_HANDLERS',
    );
  });

  it('refuses a job name with two handlers, naming both', () => {
    expect(() => assertEveryJobHandled([...worker, ...registrationsOf([SecondPrintBatchHandler])])).toThrow(
      'Job letter-print-batch on queue scheduled-tasks has 2 handlers (PrintBatchHandler, SecondPrintBatchHandler); it needs exactly one',
    );
  });

  it('refuses a handler for a job the registry does not list', () => {
    expect(() => assertEveryJobHandled([...worker, ...registrationsOf([StrayHandler])])).toThrow(
      'StrayHandler handles job nobody-knows-me on queue scheduled-tasks, which libs/queue/src/queue-registry.ts does not list',
    );
  });

  it('gives every callback type to the one callback handler, beside the outbox drain', () => {
    const callbacks = worker.filter((r) => r.queue === QUEUES.serviceCallbacks).map((r) => `${r.name}:${r.handler.name}`);
    expect(callbacks.sort()).toEqual([
      'complaint:CallbackHandler',
      'delivery_status:CallbackHandler',
      'drain-callback-outbox:OutboxDrainHandler',
      'inbound_sms:CallbackHandler',
      'message_status:CallbackHandler',
      'returned_letter:CallbackHandler',
    ]);
  });
});
