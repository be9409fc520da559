import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { HeraldConfig } from '@herald/config';
import type { Clock } from '@herald/domain';
import { InternalApiClient, type NotificationDetail } from '@herald/contracts';
import type { QueueName } from '@herald/queue';
import { eventually } from './eventually';
import { bearerFor } from './notify-token';
import { createApiApp, createWorkerContext } from './apps-on-demand';
import { Scenario } from './scenario';

/** Herald running in the test process: the API listening on a loopback port, and optionally a worker. */
export class HeraldUnderTest {
  /** A signed-in member of each service whose notifications a test has looked at. */
  private readonly teams = new Map<string, InternalApiClient>();

  private constructor(
    readonly config: HeraldConfig,
    readonly api: NestFastifyApplication,
    readonly worker: INestApplicationContext | null,
    readonly baseUrl: string,
  ) {}

  /** `clock`: one the test can move forward (fallback windows), shared by the API and the worker. */
  static async start(config: HeraldConfig, options: { worker?: boolean; clock?: Clock } = {}): Promise<HeraldUnderTest> {
    const api = await createApiApp(config, { clock: options.clock });
    await api.listen({ port: 0, host: '127.0.0.1' });
    const address = api.getHttpServer().address() as { port: number };
    const worker = options.worker ? await createWorkerContext(config, { clock: options.clock }) : null;
    return new HeraldUnderTest(config, api, worker, `http://127.0.0.1:${address.port}`);
  }

  get scenario(): Scenario {
    return new Scenario(this.api);
  }

  /** How many notifications the v2 API lists for this key (one page: up to 250), e.g. to show a refused request stored none. */
  async listedNotifications(key: { serviceId: string; secret: string }): Promise<number> {
    const response = await fetch(`${this.baseUrl}/v2/notifications`, { headers: { Authorization: bearerFor(key.serviceId, key.secret) } });
    if (!response.ok) throw new Error(`GET /v2/notifications answered ${response.status}`);
    return ((await response.json()) as { notifications: unknown[] }).notifications.length;
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
    let team = this.teams.get(serviceId);
    if (!team) {
      const member = await this.scenario.aUser({ serviceId, permissions: ['view_dashboard'] });
      team = this.internalClient(await this.scenario.aSession(member.id));
      this.teams.set(serviceId, team);
    }
    return team.activity.notification(serviceId, notificationId);
  }

  /**
   * Runs one of the worker's scheduled jobs now (a sweep, the print batch, the callback outbox
   * drain): added to its queue in Redis as its schedule adds it, and waited for. Returns its result.
   */
  async runWorkerJob(queueName: QueueName, jobName: string): Promise<unknown> {
    if (!this.worker) throw new Error('runWorkerJob needs a Herald started with { worker: true }');
    const { getQueueToken } = await import('@nestjs/bullmq');
    const queue = this.worker.get<Queue>(getQueueToken(queueName));
    // Kept once finished (the queue's default drops it), so its result can be read.
    const { id } = await queue.add(jobName, {}, { removeOnComplete: false, removeOnFail: false });
    const job = await eventually(async () => {
      const found = await queue.getJob(id!);
      if (!found?.finishedOn) throw new Error(`${jobName} on ${queueName} has not finished`);
      return found;
    });
    await job.remove();
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
