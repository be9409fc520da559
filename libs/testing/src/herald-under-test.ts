import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HeraldConfig } from '@herald/config';
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

  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.api.get(type as never);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
  }
}
