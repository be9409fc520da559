import type { Type } from '@nestjs/common';
import type { Job, RepeatOptions } from 'bullmq';
import type { HeraldConfig } from '@herald/config';
import type { JobRetry, QueueName } from '@herald/queue';

/** The work for one job name: what runs, and (optionally) what happens when an attempt fails. */
export interface JobHandler<T = unknown> {
  /** One attempt; `token` is the worker's lock on the job (to delay it or renew the lock). */
  run(job: Job<T>, token: string | undefined): Promise<unknown>;
  /** Every failed attempt: the handler decides whether it was the last (and what giving up means). */
  failed?(job: Job<T>, error: Error): void | Promise<void>;
}

/** A policy fixed in code, or one read from the configuration (the delivery retries). */
export type FromConfig<T> = T | ((config: HeraldConfig) => T);

export interface HandlesJobOptions {
  /** How the job is retried; the producer adds it with these options (checked by a test). */
  readonly retry: FromConfig<JobRetry>;
  /** A repeatable job: when it runs. The queue's processor keeps it scheduled in Redis. */
  readonly repeat?: FromConfig<RepeatOptions>;
}

/** One job name's handler, as declared by @HandlesJob. */
export interface JobHandlerRegistration extends HandlesJobOptions {
  readonly queue: QueueName;
  readonly name: string;
  readonly handler: Type<JobHandler>;
}

export function resolve<T extends object>(policy: FromConfig<T>, config: HeraldConfig): T {
  return typeof policy === 'function' ? policy(config) : policy;
}
