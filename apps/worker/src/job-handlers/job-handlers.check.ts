import { QUEUE_JOBS, QueueName } from '@herald/queue';
import type { JobHandlerRegistration } from './job-handler';

/**
 * Refuses to start a worker in which a job name of the registry has no handler, or two, or a
 * handler claims a job the registry does not list: a job without a handler would fail every
 * attempt, and one with two would run whichever came first.
 */
export function assertEveryJobHandled(
  registrations: readonly JobHandlerRegistration[],
  jobs: { readonly [Q in QueueName]: readonly string[] } = QUEUE_JOBS,
): void {
  const problems: string[] = [];
  for (const [queue, names] of Object.entries(jobs)) {
    for (const name of names) {
      const handlers = registrations.filter((r) => r.queue === queue && r.name === name).map((r) => r.handler.name);
      if (handlers.length === 0) problems.push(`Job ${name} on queue ${queue} has no handler: declare one with @HandlesJob and list it in JOB_HANDLERS`);
      if (handlers.length > 1) problems.push(`Job ${name} on queue ${queue} has ${handlers.length} handlers (${handlers.join(', ')}); it needs exactly one`);
    }
  }
  for (const { queue, name, handler } of registrations) {
    if (!(jobs[queue as QueueName] as readonly string[] | undefined)?.includes(name)) {
      problems.push(`${handler.name} handles job ${name} on queue ${queue}, which libs/queue/src/queue-registry.ts does not list`);
    }
  }
  if (problems.length) throw new Error(`The worker cannot start:\n${problems.join('\n')}`);
}
