import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * An HTTP proxy on loopback that forwards each request to `target` at once, but holds the answer
 * back until the test releases it: the upstream has acted (e.g. Twilio has taken a text) while the
 * caller is still waiting, which is the moment a receipt can overtake the send.
 */
export class HoldingProxy {
  private readonly held: Array<() => void> = [];
  private holding = true;
  private readonly server: Server = createServer((req, res) => void this.forward(req, res));
  private port = 0;

  constructor(private readonly target: string) {}

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Answers held now. */
  get holdingCount(): number {
    return this.held.length;
  }

  /** Sends every held answer, and answers at once from now on. */
  release(): void {
    this.holding = false;
    this.held.splice(0).forEach((answer) => answer());
  }

  async stop(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'accept', 'user-agent']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const upstream = await fetch(`${this.target}${req.url ?? '/'}`, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    const answer = () => {
      res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json' }).end(body);
    };
    if (this.holding) this.held.push(answer);
    else answer();
  }
}
