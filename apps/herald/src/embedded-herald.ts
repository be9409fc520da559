import { INestApplicationContext, Logger } from '@nestjs/common';
import { SHUTDOWN_DEADLINE_MS } from '../../worker/src/worker-shutdown';
import { PROCESSORS } from '../../worker/src/worker.module';
import type { PrivateRedisServer } from './private-redis-server';

/**
 * What the embedded start has running, closed in the order that loses nothing: the citizen app (and
 * its development identity provider), the admin and the API stop taking requests, the workers
 * finish the jobs in hand, the worker context closes, and then the private redis-server (if Herald
 * started one) stops.
 */
export class EmbeddedHerald {
  redis: PrivateRedisServer | null = null;
  worker: INestApplicationContext | null = null;
  api: INestApplicationContext | null = null;
  admin: INestApplicationContext | null = null;
  citizen: INestApplicationContext | null = null;
  identityProvider: { close(): Promise<void> } | null = null;
  private closing: Promise<boolean> | null = null;

  constructor(private readonly logger: Logger) {}

  /** Closes everything (once, however often it is called). Resolves false if the apps were still closing at the deadline. */
  close(deadlineMs = SHUTDOWN_DEADLINE_MS): Promise<boolean> {
    this.closing ??= this.closeAll(deadlineMs);
    return this.closing;
  }

  private async closeAll(deadlineMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs)));
    const closed = await Promise.race([
      this.closeApps().then(
        () => true,
        (error: unknown) => this.reportFailure(error),
      ),
      deadline,
    ]);
    clearTimeout(timer);
    if (!closed) this.logger.warn(`Still closing after ${deadlineMs / 1000} s (Redis or a job not answering): stopping anyway`);
    await this.redis?.stop();
    return closed;
  }

  private async closeApps(): Promise<void> {
    await this.citizen?.close();
    await this.identityProvider?.close();
    await this.admin?.close();
    await this.api?.close();
    const worker = this.worker;
    if (worker) {
      // Workers first: closing the context first could close the database under a job still sending.
      await Promise.all(PROCESSORS.map((processor) => worker.get(processor).worker.close()));
      await worker.close();
    }
  }

  private reportFailure(error: unknown): boolean {
    this.logger.error(`Closing failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
