import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { bearerFor } from '@herald/testing';
import type { BenchChannel } from './bench-channel';
import { LoadTarget, requestBody } from './notification-load';
import { quantile } from './quantile';

const TICK_MS = 10;

/**
 * Sends at a steady rate from this process for as long as it runs (autocannon has no p95 and
 * keeps no response bodies): every request's latency, and the id of every accepted send. A
 * `recipient` gives each email an address of its own, so the SMTP sink can tell which arrived.
 */
export class PacedSender {
  readonly latenciesMs: number[] = [];
  /** Accepted sends: notification id, the address it went to, and `performance.now()` when the 201 came. */
  readonly accepted: Array<{ id: string; recipient: string; acceptedAt: number }> = [];
  readonly statusCodes: Record<string, number> = {};
  errors = 0;
  private sent = 0;
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  private readonly url: URL;

  constructor(
    private readonly target: LoadTarget,
    private readonly channel: BenchChannel,
    private readonly ratePerSecond: number,
    private readonly recipient: (index: number) => string = () => 'bench.recipient@example.com',
  ) {
    this.url = new URL(`${target.baseUrl}/v2/notifications/${channel}`);
  }

  get sentSoFar(): number {
    return this.sent;
  }

  start(): this {
    const started = performance.now();
    this.timer = setInterval(() => {
      const due = Math.floor(((performance.now() - started) / 1000) * this.ratePerSecond);
      while (this.sent < due) this.send(this.sent++);
    }, TICK_MS);
    return this;
  }

  /** Stops sending and waits for the answers still due. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.inFlight]);
    this.agent.destroy();
  }

  /** The q-quantile of the latencies so far, ms. */
  quantile(q: number): number {
    return quantile(this.latenciesMs, q);
  }

  private send(index: number): void {
    const recipient = this.recipient(index);
    const body = { ...requestBody(this.target, this.channel), ...(this.channel === 'email' ? { email_address: recipient } : { phone_number: recipient }) };
    const payload = JSON.stringify(body);
    const started = performance.now();
    const done = new Promise<void>((resolve) => {
      const req = request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            authorization: bearerFor(this.target.key.serviceId, this.target.key.secret),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const answeredAt = performance.now();
            this.latenciesMs.push(answeredAt - started);
            const code = String(response.statusCode);
            this.statusCodes[code] = (this.statusCodes[code] ?? 0) + 1;
            if (response.statusCode === 201) {
              this.accepted.push({ id: (JSON.parse(Buffer.concat(chunks).toString()) as { id: string }).id, recipient, acceptedAt: answeredAt });
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        this.errors += 1;
        resolve();
      });
      req.end(payload);
    });
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
  }
}
