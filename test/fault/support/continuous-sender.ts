import { bearerFor, TestApiKey } from '@herald/testing';

/** One request's answer: the HTTP status (null: no answer at all) and the parsed body; and whom it was to. */
export interface SendOutcome {
  /** When the request was made (ms since the epoch). */
  readonly at: number;
  readonly recipient: string;
  readonly status: number | null;
  readonly body: unknown;
}

export interface SenderOptions {
  readonly channel: 'email' | 'sms';
  /** Requests in flight at once (at most 8). */
  readonly lanes: number;
  /** Pause after each answer, per lane. */
  readonly pauseMs: number;
}

const REQUEST_TIMEOUT_MS = 30_000;
/** Recipients of bursts are numbered as if from one more lane (lanes 0–7 are the trickle's). */
const BURST_LANE = 8;

/**
 * Keeps POSTing emails (or texts) to the API, a few requests in flight at a time with a short pause after
 * each (a steady trickle, not a flood: every accepted email must then be delivered), and records
 * every answer until stopped.
 */
export class ContinuousSender {
  readonly outcomes: SendOutcome[] = [];
  private running = false;
  private lanes: Promise<void>[] = [];
  private burstSent = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly key: TestApiKey,
    private readonly templateId: string,
    private readonly options: SenderOptions = { channel: 'email', lanes: 4, pauseMs: 100 },
  ) {}

  start(): this {
    this.running = true;
    this.lanes = Array.from({ length: this.options.lanes }, (_, lane) => this.lane(lane));
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.lanes);
  }

  /** Sends `count` requests at once, besides the steady trickle, and waits for their answers. */
  async burst(count: number): Promise<void> {
    const outcomes = await Promise.all(Array.from({ length: count }, () => this.sendOne(this.recipient(BURST_LANE, this.burstSent++))));
    this.outcomes.push(...outcomes);
  }

  /** The requests answered 201, in the order they were made. */
  get accepted(): SendOutcome[] {
    return this.outcomes.filter((o) => o.status === 201).sort((a, b) => a.at - b.at);
  }

  /** Ids of the notifications answered 201. */
  get acceptedIds(): string[] {
    return this.outcomes.filter((o) => o.status === 201).map((o) => (o.body as { id: string }).id);
  }

  get refused(): SendOutcome[] {
    return this.outcomes.filter((o) => o.status !== 201);
  }

  private async lane(lane: number): Promise<void> {
    for (let n = 0; this.running; n += 1) {
      this.outcomes.push(await this.sendOne(this.recipient(lane, n)));
      await new Promise((resolve) => setTimeout(resolve, this.options.pauseMs));
    }
  }

  /**
   * A recipient no other request of this sender uses: an address, or a UK mobile number from
   * 07123 900000 up (clear of the 07700 900xxx numbers Notify simulates; only loopback servers
   * ever see them).
   */
  private recipient(lane: number, n: number): string {
    return this.options.channel === 'email' ? `fault-${lane}-${n}@example.com` : `07123${900000 + lane * 10000 + n}`;
  }

  private async sendOne(recipient: string): Promise<SendOutcome> {
    const addressed = this.options.channel === 'email' ? { email_address: recipient } : { phone_number: recipient };
    const at = Date.now();
    try {
      const response = await fetch(`${this.baseUrl}/v2/notifications/${this.options.channel}`, {
        method: 'POST',
        headers: { Authorization: bearerFor(this.key.serviceId, this.key.secret), 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...addressed, template_id: this.templateId, personalisation: { name: 'Kit', date: 'Monday' } }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      return { at, recipient, status: response.status, body: await response.json().catch(() => null) };
    } catch (error) {
      return { at, recipient, status: null, body: (error as Error).message };
    }
  }
}

/** Whether an answer is a 5xx in Notify's error envelope (docs/api-contract.md §4.3), saying nothing of the internals. */
export function isNotifyServerError(outcome: SendOutcome): boolean {
  const body = outcome.body as { status_code?: unknown; errors?: Array<{ error?: unknown; message?: unknown }> } | null;
  return (
    outcome.status !== null &&
    outcome.status >= 500 &&
    body?.status_code === outcome.status &&
    Array.isArray(body.errors) &&
    body.errors.length > 0 &&
    body.errors.every((e) => typeof e.error === 'string' && ['Internal server error', 'Timeout serving request'].includes(e.message as string))
  );
}
