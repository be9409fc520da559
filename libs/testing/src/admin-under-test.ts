import { createServer } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ConfigSource, HeraldConfig } from '@herald/config';
import { InternalApiClient } from '@herald/contracts';
import { createAdminApp, createApiApp, createWorkerContext } from './apps-on-demand';
import { Scenario } from './scenario';
import { aTestConfig } from './test-config';

/** A free loopback port (the API must know the admin's address for links in emails, and back). */
export async function aFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Herald with its admin web UI in the test process: API, admin and optionally a worker on loopback ports. */
export class AdminUnderTest {
  private constructor(
    readonly config: HeraldConfig,
    readonly api: NestFastifyApplication,
    readonly admin: NestFastifyApplication,
    readonly worker: INestApplicationContext | null,
  ) {}

  static async start(overrides: ConfigSource = {}, options: { worker?: boolean } = {}): Promise<AdminUnderTest> {
    const [apiPort, adminPort] = [await aFreePort(), await aFreePort()];
    const config = await aTestConfig({
      API_PORT: String(apiPort),
      ADMIN_PORT: String(adminPort),
      API_BASE_URL: `http://127.0.0.1:${apiPort}`,
      ADMIN_BASE_URL: `http://127.0.0.1:${adminPort}`,
      INTERNAL_API_URL: `http://127.0.0.1:${apiPort}`,
      ...overrides,
    });
    const api = await createApiApp(config);
    await api.listen({ port: apiPort, host: '127.0.0.1' });
    const worker = options.worker ? await createWorkerContext(config) : null;
    const admin = await createAdminApp(config);
    await admin.listen({ port: adminPort, host: '127.0.0.1' });
    return new AdminUnderTest(config, api, admin, worker);
  }

  get adminUrl(): string {
    return this.config.admin.baseUrl;
  }

  get apiUrl(): string {
    return this.config.api.baseUrl;
  }

  get scenario(): Scenario {
    return new Scenario(this.api);
  }

  /** The internal API as a user signed in with this session token (or none). */
  internalClient(sessionToken: string | null = null): InternalApiClient {
    return new InternalApiClient(this.config.admin.internalApiUrl, sessionToken);
  }

  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.api.get(type as never);
  }

  async stop(): Promise<void> {
    await this.admin.close();
    await this.worker?.close();
    await this.api.close();
  }
}
