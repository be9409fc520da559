import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { WAIT_DEADLINE_MS } from '../deadlines';
import {
  answerLookup,
  LookupRequest,
  readHttpsJson,
  readXRoad,
  RecordedUndeliverableReport,
  RegisterPerson,
  RegisterShape,
  WireAnswer,
  WireRequest,
} from './register-wire';

export { RecordedUndeliverableReport, RegisterPerson } from './register-wire';
import { xRoadRequestHash } from './x-road-request-hash';

/** Every request the server received, as sent. */
export interface RecordedRegisterRequest {
  readonly method: string;
  /** With the query string. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  /** The `X-Road-Request-Hash` the server answered with (X-Road shape only). */
  readonly requestHash: string | null;
  readonly at: number;
}

/** One look-up, read from either wire shape. */
export interface RecordedLookup extends LookupRequest {
  readonly shape: RegisterShape;
  readonly headers: IncomingHttpHeaders;
  readonly requestHash: string | null;
}

/** `timeout`: never answer; `error`: HTTP 500; `x-road-error`: 500 with an `X-Road-Error` header; `invalid-json`: 200 with a broken body. */
export type RegisterFailure = 'timeout' | 'error' | 'x-road-error' | 'invalid-json';

export interface FakeRegisterServerOptions {
  readonly people?: readonly RegisterPerson[];
  /** When set, https-json requests must carry `Authorization: Bearer <token>` (401 otherwise). */
  readonly token?: string;
}

/**
 * A register on loopback that speaks both of Herald's wire shapes: the HTTPS JSON protocol
 * (`POST /lookup`, `POST /undeliverable`) and X-Road REST through a security server
 * (`GET /r1/{service}/contacts/{scheme}/{value}`, `POST /r1/{service}/undeliverable`). It answers
 * every field it holds, whatever was asked, so tests show that Herald keeps only what it asked for.
 */
export class FakeRegisterServer {
  readonly requests: RecordedRegisterRequest[] = [];
  readonly lookups: RecordedLookup[] = [];
  readonly reports: RecordedUndeliverableReport[] = [];
  private readonly people: RegisterPerson[];
  private readonly declined = new Map<string, 'status' | 'body'>();
  private readonly failures: RegisterFailure[] = [];
  private failingAlways: RegisterFailure | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));
  private port = 0;

  private constructor(private readonly options: FakeRegisterServerOptions) {
    this.people = [...(options.people ?? [])];
  }

  static async start(options: FakeRegisterServerOptions = {}): Promise<FakeRegisterServer> {
    const server = new FakeRegisterServer(options);
    await server.listen();
    return server;
  }

  /** The base URL: the `url` of an https-json register, the `security_server_url` of an X-Road one. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Settings for an `https-json` register pointing here. */
  httpsJsonSettings(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return { url: this.url, schemes: this.schemes(), ...(this.options.token ? { token: this.options.token } : {}), ...overrides };
  }

  /** Settings for an `x-road` register whose security server is this one. */
  xRoadSettings(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      security_server_url: this.url,
      client: 'EE/GOV/70000001/herald',
      service: 'EE/GOV/70000002/population/person-contacts',
      schemes: this.schemes(),
      ...overrides,
    };
  }

  addPerson(person: RegisterPerson): void {
    this.people.push(person);
  }

  /** Every person declines this purpose: 403, or (https-json only) `200 {"declined": true}` with `how: 'body'`. */
  declinePurpose(purpose: string, how: 'status' | 'body' = 'status'): void {
    this.declined.set(purpose, how);
  }

  /** The next `times` requests fail this way, then the server answers normally again. */
  failNext(failure: RegisterFailure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(failure);
  }

  /** Every request fails this way until told `null`. */
  failAlways(failure: RegisterFailure | null): void {
    this.failingAlways = failure;
  }

  async waitForLookups(count = 1, timeoutMs = WAIT_DEADLINE_MS): Promise<RecordedLookup[]> {
    await this.waitUntil(() => this.lookups.length >= count, `${count} look-up(s)`, timeoutMs);
    return this.lookups;
  }

  async waitForReports(count = 1, timeoutMs = WAIT_DEADLINE_MS): Promise<RecordedUndeliverableReport[]> {
    await this.waitUntil(() => this.reports.length >= count, `${count} undeliverable report(s)`, timeoutMs);
    return this.reports;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async listen(): Promise<void> {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  private schemes(): string[] {
    return [...new Set(this.people.map((p) => p.scheme))];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const isXRoad = path.startsWith('/r1/');
    const requestHash = isXRoad ? xRoadRequestHash(method, path, req.headers, text) : null;
    this.requests.push({ method, path, headers: req.headers, body: parseBody(text), requestHash, at: Date.now() });
    const failure = this.failures.shift() ?? this.failingAlways;
    if (failure === 'timeout') return;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (isXRoad) Object.assign(headers, xRoadEcho(req.headers), { 'X-Road-Request-Hash': requestHash! });
    if (failure) return void this.fail(res, failure, headers);
    const answer = isXRoad ? this.answerXRoad(req, method, path, text, requestHash) : this.answerHttpsJson(req, method, path, text);
    res.writeHead(answer.status, { ...headers, ...answer.headers }).end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }

  private answerHttpsJson(req: IncomingMessage, method: string, path: string, text: string): WireAnswer {
    if (this.options.token && req.headers.authorization !== `Bearer ${this.options.token}`) return { status: 401, body: { error: 'unauthorised' } };
    const request = readHttpsJson(method, path, parseBody(text));
    return this.answer(request, 'https-json', req.headers, null);
  }

  private answerXRoad(req: IncomingMessage, method: string, path: string, text: string, requestHash: string | null): WireAnswer {
    if (!req.headers['x-road-client']) return { status: 400, headers: { 'X-Road-Error': 'Client.MissingHeader' }, body: { type: 'Client.MissingHeader' } };
    const request = readXRoad(method, path, parseBody(text), req.headers);
    return this.answer(request, 'x-road', req.headers, requestHash);
  }

  private answer(request: WireRequest, shape: RegisterShape, headers: IncomingHttpHeaders, requestHash: string | null): WireAnswer {
    if (request.kind === 'report') {
      this.reports.push({ shape, headers, ...request.report });
      return { status: 204 };
    }
    if (request.kind === 'unknown') return { status: 404, body: { error: 'no such endpoint' } };
    this.lookups.push({ shape, headers, requestHash, ...request.lookup });
    return answerLookup(request.lookup, shape, this.people, this.declined);
  }

  private fail(res: ServerResponse, failure: Exclude<RegisterFailure, 'timeout'>, headers: Record<string, string>): void {
    if (failure === 'invalid-json') return void res.writeHead(200, headers).end('{"contact": ');
    if (failure === 'x-road-error') headers['X-Road-Error'] = 'Server.ServerProxy.ServiceFailed';
    res.writeHead(500, headers).end(JSON.stringify({ type: headers['X-Road-Error'] ?? 'error', message: 'The register failed' }));
  }

  private async waitUntil(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`Expected ${what} at the fake register`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A security server echoes the request's identifiers in its response. */
function xRoadEcho(headers: IncomingHttpHeaders): Record<string, string> {
  const echo: Record<string, string> = {};
  for (const name of ['x-road-client', 'x-road-id', 'x-road-issue', 'x-road-userid']) {
    const value = headers[name];
    if (typeof value === 'string') echo[name] = value;
  }
  return echo;
}
