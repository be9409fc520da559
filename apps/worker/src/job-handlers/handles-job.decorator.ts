import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import type { JobName, QueueName } from '@herald/queue';
import { HandlesJobOptions, JobHandler, JobHandlerRegistration } from './job-handler';

const HANDLED_JOBS = Symbol('herald:handled-jobs');

/**
 * Declares the class the handler of a job name (or of several names that share one handler), with
 * its retry and, for a repeatable job, its schedule. The worker lists its handler classes in
 * worker.module.ts and refuses to start unless every job in the registry has exactly one.
 */
export function HandlesJob<Q extends QueueName>(queue: Q, names: JobName<Q> | ReadonlyArray<JobName<Q>>, options: HandlesJobOptions) {
  return (target: Type<JobHandler>): void => {
    const declared = (Reflect.getOwnMetadata(HANDLED_JOBS, target) as JobHandlerRegistration[] | undefined) ?? [];
    const added = (Array.isArray(names) ? names : [names]).map((name: string) => ({ queue, name, handler: target, ...options }));
    Reflect.defineMetadata(HANDLED_JOBS, [...declared, ...added], target);
  };
}

/** What the given handler classes declared, in order. */
export function registrationsOf(handlers: ReadonlyArray<Type<JobHandler>>): JobHandlerRegistration[] {
  return handlers.flatMap((handler) => (Reflect.getOwnMetadata(HANDLED_JOBS, handler) as JobHandlerRegistration[] | undefined) ?? []);
}
