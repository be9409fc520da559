import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { HeraldConfig } from '@herald/config';
import { InternalApiClient, type NotificationDetail } from '@herald/contracts';
import type { QueueName } from '@herald/queue';
import { eventually } from './eventually';
import { createApiApp } from '../../../apps/api/src/bootstrap/create-api-app';
import { createWorkerContext } from '../../../apps/worker/src/create-worker-context';
import { Scenario } from './scenario';

/** Herald running in the test process: the API listening on a loopback port, and optionally a worker. */
export class HeraldUnderTest {
  private constructor(
    readonly config: HeraldConfig,
    readonly api: NestFastifyApplication,
    readonly worker: INestApplicationContext | null,
    readonly baseUrl: string,
  ) {}

  static async start(config: HeraldConfig, options: { worker?: boolean } = {}): Promise<HeraldUnderTest> {
    const api = await createApiApp(config);
    await api.listen({ port: 0, host: '127.0.0.1' });
    const address = api.getHttpServer().address() as { port: number };
    const worker = options.worker ? await createWorkerContext(config) : null;
    return new HeraldUnderTest(config, api, worker, `http://127.0.0.1:${address.port}`);
  }

  get scenario(): Scenario {
    return new Scenario(this.api);
  }

  /** The internal API (the admin's client) as the user of this session token. */
  internalClient(sessionToken: string): InternalApiClient {
    return new InternalApiClient(this.baseUrl, sessionToken);
  }

  /**
   * A notification as a new member of its service sees it on the internal API: the provider, its
   * reference and the history, which the v2 API does not show.
   */
  async notificationSeenByTeam(serviceId: string, notificationId: string): Promise<NotificationDetail> {
    const member = await this.scenario.aUser({ serviceId, permissions: ['view_dashboard'] });
    return this.internalClient(await this.scenario.aSession(member.id)).activity.notification(serviceId, notificationId);
  }

  /**
   * Runs one of the worker's scheduled jobs now (a sweep, the print batch, the callback outbox
   * drain): added to its queue in Redis as its schedule adds it, and waited for. Returns its result.
   */
  async runWorkerJob(queueName: QueueName, jobName: string): Promise<unknown> {
    if (!this.worker) throw new Error('runWorkerJob needs a Herald started with { worker: true }');
    const queue = this.worker.get<Queue>(getQueueToken(queueName));
    const { id } = await queue.add(jobName, {});
    const job = await eventually(async () => {
      const found = await queue.getJob(id!);
      if (!found?.finishedOn) throw new Error(`${jobName} on ${queueName} has not finished`);
      return found;
    });
    if (job.failedReason) throw new Error(`${jobName} on ${queueName} failed: ${job.failedReason}`);
    return job.returnvalue as unknown;
  }

  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.api.get(type as never);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
  }
}
