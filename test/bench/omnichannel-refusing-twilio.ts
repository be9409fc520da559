import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ConfigSource } from '@herald/config';

/**
 * Twilio's Messages API on loopback, refusing every number as Twilio does an invalid one (HTTP 400,
 * error 21211, a permanent failure for Herald), and noting when it answered each number: the start
 * of the fallback the benchmark times.
 */
export class OmnichannelRefusingTwilio {
  readonly accountSid = `AC${randomBytes(16).toString('hex')}`;
  readonly authToken = randomBytes(16).toString('hex');
  /** E.164 number → `performance.now()` of the (first) refusal. */
  readonly refusedAt = new Map<string, number>();
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));
  private port = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** The settings that point Herald's SMS provider here. */
  config(): ConfigSource {
    return {
      TWILIO_ACCOUNT_SID: this.accountSid,
      TWILIO_AUTH_TOKEN: this.authToken,
      TWILIO_FROM_NUMBER: '+447700900999',
      TWILIO_API_BASE_URL: `http://127.0.0.1:${this.port}`,
    } as ConfigSource;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const to = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('To') ?? '';
    if (!this.refusedAt.has(to)) this.refusedAt.set(to, performance.now());
    res.statusCode = 400;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({
        code: 21211,
        message: `The 'To' number ${to} is not a valid phone number.`,
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      }),
    );
  }
}
