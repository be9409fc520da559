import { bearerFor, TestApiKey } from '@herald/testing';

export type Channel = 'email' | 'sms';

/** One request and its answer: which API took it, the HTTP status (null: no answer) and the notification id when accepted. */
export interface SpreadSend {
  readonly channel: Channel;
  readonly recipient: string;
  readonly api: number;
  readonly status: number | null;
  readonly id: string | null;
  /** Why a request was not accepted: the answer's body, or the network error. */
  readonly problem: string | null;
}

export interface SpreadOptions {
  /** Base URLs of the APIs, taken in turn (round robin, as a load balancer would). */
  readonly apis: readonly string[];
  readonly key: TestApiKey;
  readonly templateIds: Readonly<Record<Channel, string>>;
  readonly count: number;
  /** Requests in flight at once, across all APIs. */
  readonly inFlight: number;
  /** Every n-th request is a text, the others emails. */
  readonly smsEvery: number;
}

const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Sends `count` notifications as fast as `inFlight` lanes allow, request i to API i mod n, each to
 * a recipient no other request uses; resolves with every answer, in request order.
 */
export async function sendSpread(options: SpreadOptions): Promise<SpreadSend[]> {
  const sends: SpreadSend[] = new Array<SpreadSend>(options.count);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < options.count; i = next++) sends[i] = await sendOne(options, i);
  };
  await Promise.all(Array.from({ length: options.inFlight }, lane));
  return sends;
}

async function sendOne(options: SpreadOptions, i: number): Promise<SpreadSend> {
  const channel: Channel = i % options.smsEvery === options.smsEvery - 1 ? 'sms' : 'email';
  // UK mobiles from 07123 900000 up: clear of Notify's simulated 07700 900xxx numbers; only loopback servers see them.
  const recipient = channel === 'email' ? `scale-${i}@example.com` : `07123${900000 + i}`;
  const api = i % options.apis.length;
  const addressed = channel === 'email' ? { email_address: recipient } : { phone_number: recipient };
  try {
    const response = await fetch(`${options.apis[api]}/v2/notifications/${channel}`, {
      method: 'POST',
      headers: { Authorization: bearerFor(options.key.serviceId, options.key.secret), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...addressed, template_id: options.templateIds[channel], personalisation: { name: `Reader ${i}` } }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 201) return { channel, recipient, api, status: response.status, id: null, problem: text.slice(0, 300) };
    return { channel, recipient, api, status: 201, id: (JSON.parse(text) as { id: string }).id, problem: null };
  } catch (error) {
    return { channel, recipient, api, status: null, id: null, problem: (error as Error).message };
  }
}
