import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { WAIT_DEADLINE_MS } from './deadlines';

/** One callback a department's endpoint received. */
export interface ReceivedCallback {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

/** An HTTP status to answer with, or `hang` to never answer. */
export type CallbackAnswer = number | 'hang';

/**
 * Departments' callback endpoints on loopback: records every request by path and answers as
 * scripted (200 unless told otherwise; a script's last answer repeats).
 */
export class LoopbackCallbacks {
  readonly received: ReceivedCallback[] = [];
  private readonly scripts = new Map<string, CallbackAnswer[]>();
  private readonly sockets = new Set<Socket>();
  private readonly open = new Map<string, number>();
  private readonly mostOpen = new Map<string, number>();
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));
  private port = 0;

  async start(): Promise<this> {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Answers the requests to `path` in this order; the last answer repeats. */
  answer(path: string, ...answers: CallbackAnswer[]): void {
    this.scripts.set(path, answers);
  }

  to(path: string): ReceivedCallback[] {
    return this.received.filter((c) => c.path === path);
  }

  /** The most requests to `path` that were open (received, not yet answered or given up) at once. */
  mostOpenAtOnce(path: string): number {
    return this.mostOpen.get(path) ?? 0;
  }

  async waitFor(path: string, count = 1, timeoutMs = WAIT_DEADLINE_MS): Promise<ReceivedCallback[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(path).length < count) {
      if (Date.now() > deadline) throw new Error(`Expected ${count} callback(s) to ${path}, got ${this.to(path).length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.to(path);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = req.url ?? '/';
    const open = (this.open.get(path) ?? 0) + 1;
    this.open.set(path, open);
    this.mostOpen.set(path, Math.max(open, this.mostOpen.get(path) ?? 0));
    res.on('close', () => this.open.set(path, (this.open.get(path) ?? 1) - 1));
    const text = Buffer.concat(chunks).toString('utf8');
    this.received.push({ path, headers: req.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, at: Date.now() });
    const script = this.scripts.get(path) ?? [200];
    const answer = script.length > 1 ? script.shift()! : script[0];
    if (answer === 'hang') return;
    res.writeHead(answer, { 'Content-Type': 'application/json' }).end('{}');
  }
}
