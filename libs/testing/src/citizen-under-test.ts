import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ConfigSource } from '@herald/config';
import { createCitizenApp } from './apps-on-demand';
import type { DevCitizen } from '../../../apps/citizen/src/identity/dev-identity-provider';
import { aFreePort } from './admin-under-test';
import { HeraldUnderTest } from './herald-under-test';
import type { TestApiKey } from './scenario';
import { LoopbackIdentityProvider } from './loopback-identity-provider';
import { aPublishedSet, created, postMessage } from './omnichannel-scenario';
import { aTestConfig } from './test-config';

/** A live service with a published set (one variant per channel, the same words in each) and a key. */
export interface SendingService {
  readonly serviceId: string;
  readonly key: TestApiKey;
  readonly setId: string;
}

export interface SendingServiceRequest {
  readonly serviceName: string;
  readonly label: string;
  readonly content: string;
  readonly sensitive?: boolean;
  readonly channels?: readonly ('email' | 'sms' | 'letter')[];
  /** The organisation the service sends for (none unless given). */
  readonly organisation?: string;
}

/**
 * A person's own view in the test process: the loopback identity provider, Herald's API (and a
 * worker, unless told not to) checking that provider's tokens, and the citizen web app between the
 * two, each on a loopback port.
 */
export class CitizenUnderTest {
  private constructor(
    readonly herald: HeraldUnderTest,
    readonly identity: LoopbackIdentityProvider,
    readonly app: NestFastifyApplication,
    /** The citizen app's address, e.g. `http://127.0.0.1:41234`. */
    readonly url: string,
  ) {}

  static async start(citizens: readonly DevCitizen[], overrides: ConfigSource = {}, options: { worker?: boolean } = {}): Promise<CitizenUnderTest> {
    const port = await aFreePort();
    const url = `http://127.0.0.1:${port}`;
    const identity = await new LoopbackIdentityProvider({
      citizens,
      redirectUris: [`${url}/sign-in/callback`],
      postLogoutRedirectUris: [`${url}/signed-out`],
    }).start();
    const settings: ConfigSource = { ...identity.configFor(), CITIZEN_PORT: String(port), CITIZEN_BASE_URL: url, ...overrides };
    const herald = await HeraldUnderTest.start(await aTestConfig(settings), { worker: options.worker ?? true });
    // The same settings, now that the API's address is known; the app itself opens no database.
    const database = herald.config.database;
    const config = await aTestConfig({ ...settings, DATABASE_URL: database.type === 'postgres' ? database.url : '', CITIZEN_API_URL: herald.baseUrl });
    const app = await createCitizenApp(config);
    await app.listen({ port, host: '127.0.0.1' });
    return new CitizenUnderTest(herald, identity, app, url);
  }

  async aSendingService(request: SendingServiceRequest): Promise<SendingService> {
    const { scenario } = this.herald;
    const settings = request.organisation === undefined ? undefined : { organisation: request.organisation };
    const service = await scenario.aService({ live: true, name: request.serviceName, settings });
    const user = await scenario.aUser({ serviceId: service.id });
    const key = await scenario.anApiKey(service.id, 'normal');
    const variants = (request.channels ?? ['email']).map((channel) => ({
      channel,
      language: 'en',
      ...(channel === 'sms' ? {} : { subject: request.label }),
      content: request.content,
    }));
    const set = await aPublishedSet(
      this.herald,
      { serviceId: service.id, key, callbackPath: '', actor: { id: user.id, name: 'Test user' } },
      { name: request.label, kind: 'service', label: request.label, sensitive: request.sensitive ?? false, variants },
    );
    return { serviceId: service.id, key, setId: set.setId };
  }

  /** A message through the public API, routed over the service's channels in order; gives its id. */
  async send(service: SendingService, recipient: object, extra: object = {}, channels: readonly string[] = ['email']): Promise<string> {
    const body = { template_set_id: service.setId, recipient, personalisation: {}, routing: { method: 'first_success', channels }, ...extra };
    return created(await postMessage(this.herald, service.key, body)).id;
  }

  /** A new service's email to this address. */
  async sendMessage(message: Omit<SendingServiceRequest, 'channels'> & { emailAddress: string }): Promise<{ id: string } & SendingService> {
    const service = await this.aSendingService(message);
    return { ...service, id: await this.send(service, { email_address: message.emailAddress }) };
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.herald.stop();
    await this.identity.stop();
  }
}
