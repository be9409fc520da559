import type { Job, JobsOptions, RepeatOptions } from 'bullmq';
import type { HeraldConfig } from '@herald/config';
import { withRequestId } from '@herald/logging';
import type { QueueName } from '@herald/queue';
import { registrationsOf } from './handles-job.decorator';
import { JobHandler, JobHandlerRegistration, resolve } from './job-handler';

/** A job the handlers schedule themselves: its name, when it runs and the options of each run. */
export interface RepeatableJob {
  readonly name: string;
  readonly repeat: RepeatOptions;
  readonly opts: JobsOptions;
}

/**
 * The worker's handlers by (queue, job name): each queue's processor hands every job to the one for its name.
 * A job queued by a request (a delivery job's `requestId`) runs in that request's context, so its log lines,
 * and its provider's, carry the request id the API answered with.
 */
export class JobHandlers {
  private readonly byJob = new Map<string, { readonly registration: JobHandlerRegistration; readonly handler: JobHandler }>();

  constructor(
    private readonly config: HeraldConfig,
    handlers: readonly JobHandler[],
  ) {
    for (const handler of handlers) {
      for (const registration of registrationsOf([handler.constructor as JobHandlerRegistration['handler']])) {
        this.byJob.set(key(registration.queue, registration.name), { registration, handler });
      }
    }
  }

  run(queue: QueueName, job: Job, token: string | undefined): Promise<unknown> {
    const entry = this.byJob.get(key(queue, job.name));
    // Unreachable once the start-up check passed, unless something outside Herald adds a job.
    if (!entry) throw new Error(`No handler for job ${job.name} on queue ${queue}`);
    return withRequestId(requestIdOf(job), () => entry.handler.run(job, token));
  }

  async failed(queue: QueueName, job: Job | undefined, error: Error): Promise<void> {
    if (job) await withRequestId(requestIdOf(job), async () => this.byJob.get(key(queue, job.name))?.handler.failed?.(job, error));
  }

  /** The retry the handler of `name` declares, as job options for whoever adds the job. */
  retryOf(queue: QueueName, name: string): JobsOptions {
    const entry = this.byJob.get(key(queue, name));
    if (!entry) throw new Error(`No handler for job ${name} on queue ${queue}`);
    return { ...resolve(entry.registration.retry, this.config) };
  }

  /** The repeatable jobs of a queue, with their schedules and retries. */
  repeatable(queue: QueueName): RepeatableJob[] {
    return [...this.byJob.values()]
      .filter(({ registration }) => registration.queue === queue && registration.repeat !== undefined)
      .map(({ registration }) => ({
        name: registration.name,
        repeat: resolve(registration.repeat!, this.config),
        opts: this.retryOf(queue, registration.name),
      }));
  }
}

function requestIdOf(job: Job): string | undefined {
  const requestId: unknown = (job.data as { requestId?: unknown } | null)?.requestId;
  return typeof requestId === 'string' ? requestId : undefined;
}

function key(queue: string, name: string): string {
  return `${queue}\u0000${name}`;
}
