import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { ConfigSource } from '@herald/config';
import { WAIT_DEADLINE_MS } from './deadlines';

/** A text as Twilio's Messages API received it (the form fields the SDK posts). */
export interface ReceivedTwilioMessage {
  readonly sid: string;
  readonly accountSid: string;
  readonly to: string;
  readonly from: string | null;
  readonly messagingServiceSid: string | null;
  readonly body: string;
  readonly statusCallback: string | null;
}

/** How the server answers the next requests instead of accepting them. */
export type TwilioFailure = 'server-error' | 'rate-limited' | 'hang' | 'invalid-number';

interface PlannedFailure {
  readonly failure: TwilioFailure;
  remaining: number;
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;

/**
 * An HTTP server on loopback that speaks the part of Twilio's REST API the SDK uses to send a
 * text: POST /2010-04-01/Accounts/{sid}/Messages.json with a form body and basic auth. It keeps
 * every accepted message and can be told to fail (500, 429, hang, or refuse the number).
 */
export class LoopbackTwilio {
  readonly accountSid: string;
  readonly authToken: string;
  readonly messages: ReceivedTwilioMessage[] = [];
  /** Every request to the Messages API, accepted or not, with the status it got (null: left hanging). */
  readonly attempts: Array<{ readonly to: string | null; readonly status: number | null }> = [];
  private readonly planned: PlannedFailure[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private server?: Server;
  port = 0;

  constructor(credentials: { accountSid?: string; authToken?: string } = {}) {
    this.accountSid = credentials.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
    this.authToken = credentials.authToken ?? randomBytes(16).toString('hex');
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) this.reply(res, 500, { code: 20500, message: 'Internal Server Error', status: 500 });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** For TWILIO_API_BASE_URL. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The settings that point a Herald SMS provider at this server (`TWILIO_` or `TWILIO_B_` …). */
  configFor(prefix: 'TWILIO_' | `TWILIO_${string}_` = 'TWILIO_', fromNumber = '+447700900999'): ConfigSource {
    return {
      [`${prefix}ACCOUNT_SID`]: this.accountSid,
      [`${prefix}AUTH_TOKEN`]: this.authToken,
      [`${prefix}FROM_NUMBER`]: fromNumber,
      [`${prefix}API_BASE_URL`]: this.url,
    } as ConfigSource;
  }

  /** The next `times` requests fail this way (default: every request until `reset`). */
  failWith(failure: TwilioFailure, times = Number.POSITIVE_INFINITY): void {
    this.planned.push({ failure, remaining: times });
  }

  /** Forgets planned failures and releases any request left hanging. */
  reset(): void {
    this.planned.length = 0;
    this.releaseHanging();
  }

  /** Resolves with the first message to `to` (E.164, e.g. `+447700900123`), or rejects after `timeoutMs`. */
  async waitForMessageTo(to: string, timeoutMs = WAIT_DEADLINE_MS): Promise<ReceivedTwilioMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.to === to);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No text to ${to} among ${this.messages.length} received`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    this.releaseHanging();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    const match = MESSAGES_PATH.exec(path);
    if (!match || req.method !== 'POST') return this.reply(res, 404, notFound(path));
    if (!this.authorised(req) || match[1] !== this.accountSid) {
      return this.reply(res, 401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
    }
    const form = new URLSearchParams(await readBody(req));
    const failure = this.nextFailure();
    if (failure) return this.fail(res, failure, form.get('To'));
    const message = this.accept(form);
    this.attempts.push({ to: message.to, status: 201 });
    this.reply(res, 201, resource(message));
  }

  private authorised(req: IncomingMessage): boolean {
    const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    return req.headers.authorization === expected;
  }

  private nextFailure(): TwilioFailure | null {
    const next = this.planned[0];
    if (!next) return null;
    next.remaining -= 1;
    if (next.remaining <= 0) this.planned.shift();
    return next.failure;
  }

  private fail(res: ServerResponse, failure: TwilioFailure, to: string | null): void {
    if (failure === 'hang') {
      this.attempts.push({ to, status: null });
      this.hanging.add(res);
      return;
    }
    const status = { 'server-error': 500, 'rate-limited': 429, 'invalid-number': 400 }[failure];
    this.attempts.push({ to, status });
    if (failure === 'server-error') return this.reply(res, 500, { code: 20500, message: 'An internal server error has occurred', status: 500 });
    if (failure === 'rate-limited') {
      res.setHeader('Retry-After', '1');
      return this.reply(res, 429, { code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 });
    }
    this.reply(res, 400, {
      code: 21211,
      message: `The 'To' number ${to ?? ''} is not a valid phone number.`,
      more_info: 'https://www.twilio.com/docs/errors/21211',
      status: 400,
    });
  }

  private accept(form: URLSearchParams): ReceivedTwilioMessage {
    const message: ReceivedTwilioMessage = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      accountSid: this.accountSid,
      to: form.get('To') ?? '',
      from: form.get('From'),
      messagingServiceSid: form.get('MessagingServiceSid'),
      body: form.get('Body') ?? '',
      statusCallback: form.get('StatusCallback'),
    };
    this.messages.push(message);
    return message;
  }

  private reply(res: ServerResponse, status: number, body: object): void {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  }

  private releaseHanging(): void {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function notFound(path: string): object {
  return { code: 20404, message: `The requested resource ${path} was not found`, more_info: 'https://www.twilio.com/docs/errors/20404', status: 404 };
}

/** The message resource as Twilio returns it on create (status `queued`). */
function resource(message: ReceivedTwilioMessage): object {
  const now = new Date().toUTCString().replace('GMT', '+0000');
  const uri = `/2010-04-01/Accounts/${message.accountSid}/Messages/${message.sid}`;
  return {
    account_sid: message.accountSid,
    api_version: '2010-04-01',
    body: message.body,
    date_created: now,
    date_sent: null,
    date_updated: now,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: message.from,
    messaging_service_sid: message.messagingServiceSid,
    num_media: '0',
    num_segments: '1',
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: message.messagingServiceSid && !message.from ? 'accepted' : 'queued',
    subresource_uris: { media: `${uri}/Media.json` },
    to: message.to,
    uri: `${uri}.json`,
  };
}
