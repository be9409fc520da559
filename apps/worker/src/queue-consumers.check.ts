import { QUEUES } from '@herald/queue';

const PROCESSOR_METADATA = 'bullmq:processor_metadata';

/**
 * Refuses to start a worker in which a registered queue has no processor, or two: a queue that
 * nobody consumes silently keeps every message it is given.
 */
export function assertEveryQueueConsumed(processors: readonly (abstract new (...args: never[]) => unknown)[]): void {
  const consumed = processors.map((processor) => (Reflect.getMetadata(PROCESSOR_METADATA, processor) as { name?: string } | undefined)?.name);
  for (const queue of Object.values(QUEUES)) {
    const count = consumed.filter((name) => name === queue).length;
    if (count !== 1) throw new Error(`Queue ${queue} has ${count} processors in the worker; it needs exactly one`);
  }
  const unknown = consumed.filter((name) => !Object.values(QUEUES).includes(name as never));
  if (unknown.length) throw new Error(`Processors for queues outside the registry: ${unknown.join(', ')}`);
}
