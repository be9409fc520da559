import { createServer, Server, Socket } from 'node:net';
import request from 'supertest';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, TestApiKey } from '@herald/testing';

/**
 * An SMTP relay that is "temporarily unavailable": it greets every connection with 421 and hangs
 * up, which the SMTP provider reports as retryable. It notes when each attempt arrived.
 */
class UnavailableSmtpRelay {
  readonly connections: number[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: Server = createServer((socket) => {
    this.connections.push(Date.now());
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.end('421 4.3.2 Service not available, try again later\r\n');
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe.each([
  ['three attempts', { DELIVERY_RETRY_MAX_ATTEMPTS: '3', DELIVERY_RETRY_MAX_TOTAL_SECONDS: '60' }],
  ['a 3-second budget, spent before the 10 attempts are', { DELIVERY_RETRY_MAX_ATTEMPTS: '10', DELIVERY_RETRY_MAX_TOTAL_SECONDS: '3' }],
])('retrying an email the relay cannot take yet, bounded by %s', (_bound, retrySettings) => {
  const relay = new UnavailableSmtpRelay();
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;

  beforeAll(async () => {
    const smtpUrl = await relay.start();
    herald = await HeraldUnderTest.start(
      await aTestConfig({
        SMTP_URL: smtpUrl,
        DELIVERY_RETRY_BASE_SECONDS: '1',
        ...retrySettings,
      }),
      { worker: true },
    );
    const service = await herald.scenario.aService();
    key = await herald.scenario.anApiKey(service.id);
    templateId = (await herald.scenario.anEmailTemplate(service.id, { subject: 'Hello', content: 'Hello ((name))' })).id;
  });

  afterAll(async () => {
    await herald?.stop();
    await relay.stop();
  });

  it('retries with growing, jittered waits, then ends as technical-failure once no retry is left', async () => {
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/email')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ email_address: 'jo@example.com', template_id: templateId, personalisation: { name: 'Jo' } })
      .expect(201);
    const id = response.body.id as string;

    await eventually(
      async () => {
        const shown = await request(herald.baseUrl).get(`/v2/notifications/${id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200);
        expect(shown.body.status).toBe('technical-failure');
      },
      45_000,
      100,
    );
    const failed = await herald.notificationSeenByTeam(key.serviceId, id);

    expect(failed).toMatchObject({ provider: null, providerReference: null, sentAt: null });
    expect(relay.connections).toHaveLength(3);
    const [firstWait, secondWait] = [relay.connections[1] - relay.connections[0], relay.connections[2] - relay.connections[1]];
    // 1 s then 2 s, each up to 25% shorter (jitter). The upper bounds only catch a wrong scale
    // (seconds read as tens of seconds): a busy machine adds its own delay to every wait.
    expect(firstWait).toBeGreaterThanOrEqual(700);
    expect(firstWait).toBeLessThan(8000);
    expect(secondWait).toBeGreaterThanOrEqual(1450);
    expect(secondWait).toBeLessThan(12_000);
    // No further attempt after the last one.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(relay.connections).toHaveLength(3);
  });
});
