import { performance } from 'node:perf_hooks';
import type { ConfigSource, HeraldConfig } from '@herald/config';
import { bearerFor } from '@herald/testing';
import { BenchQueues } from './bench-queues';
import { OmnichannelRefusingTwilio } from './omnichannel-refusing-twilio';
import { OmnichannelTarget } from './omnichannel-target';
import { OmnichannelTimingSmtp } from './omnichannel-timing-smtp';
import { waitUntil } from './wait-until';
import { isSmokeTestPhoneNumber } from '@herald/domain';

export interface FallbackPlan {
  /** At most 997: each message has its own number in Ofcom's drama range 07700 900000–900999, less Notify's three smoke-test numbers. */
  readonly messages: number;
  /** Messages posted a second, spread evenly (a steady stream, not one burst). */
  readonly perSecond: number;
  readonly giveUpAfterMs: number;
  /** Herald's configuration, given the providers' settings. */
  readonly config: (providers: ConfigSource) => HeraldConfig;
}

export interface FallbackFigures {
  readonly posted: number;
  readonly accepted: number;
  readonly refusedByTwilio: number;
  readonly handedToSmtp: number;
  readonly allHanded: boolean;
  /** From Twilio's refusal of a message's SMS attempt to the SMTP server accepting its email attempt, ms. */
  readonly latenciesMs: number[];
  readonly seconds: number;
  /** A few messages whose email never arrived, as GET /herald/v1/messages/{id} shows them: why the run gave up. */
  readonly stuck: object[];
  /** The send-sms queue's jobs by state at the end (a stuck attempt with no job was never queued). */
  readonly smsJobsByState: Record<string, number>;
}

/**
 * Phase 2: messages routed sms then email (first_success); Twilio refuses every number (21211, a
 * permanent failure), so the worker's routing tick must make the email attempt, which the worker
 * hands to SMTP. Each message's gap between the two provider calls is the figure (R-RT-1: within a tick).
 */
export async function measureFallback(plan: FallbackPlan): Promise<FallbackFigures> {
  const twilio = await new OmnichannelRefusingTwilio().start();
  const smtp = await new OmnichannelTimingSmtp().start();
  try {
    const config = plan.config({ ...twilio.config(), SMTP_URL: smtp.url });
    const target = await OmnichannelTarget.start(config, { worker: true });
    const queues = new BenchQueues(config);
    try {
      return { ...(await run(target, twilio, smtp, plan)), smsJobsByState: await queues.jobCounts('sms') };
    } finally {
      await queues.close();
      await target.stop();
    }
  } finally {
    await Promise.all([twilio.stop(), smtp.stop()]);
  }
}

async function run(
  target: OmnichannelTarget,
  twilio: OmnichannelRefusingTwilio,
  smtp: OmnichannelTimingSmtp,
  plan: FallbackPlan,
): Promise<Omit<FallbackFigures, 'smsJobsByState'>> {
  const started = performance.now();
  const people = dramaNumbers(plan.messages).map((phone, i) => ({ phone, email: `fallback-${i}@example.com` }));
  const posts: Array<Promise<Posted>> = [];
  for (const [index, person] of people.entries()) {
    const due = started + (index * 1000) / plan.perSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    posts.push(post(target, person));
  }
  const posted = await Promise.all(posts);
  let nextProgress = Date.now() + 5000;
  const allHanded = await waitUntil(() => smtp.acceptedAt.size >= plan.messages, {
    timeoutMs: plan.giveUpAfterMs,
    intervalMs: 20,
    onPoll: () => {
      if (Date.now() < nextProgress) return;
      nextProgress += 5000;
      console.log(`  refused by Twilio ${twilio.refusedAt.size}, emails at SMTP ${smtp.acceptedAt.size}/${plan.messages}`);
    },
  });
  const latenciesMs = people.flatMap(({ phone, email }) => {
    const refused = twilio.refusedAt.get(phone);
    const handed = smtp.acceptedAt.get(email);
    return refused !== undefined && handed !== undefined ? [handed - refused] : [];
  });
  return {
    posted: plan.messages,
    accepted: posted.filter((p) => p.status === 201).length,
    refusedByTwilio: twilio.refusedAt.size,
    handedToSmtp: smtp.acceptedAt.size,
    allHanded,
    latenciesMs,
    seconds: (performance.now() - started) / 1000,
    stuck: await stuckMessages(target, people, posted, smtp),
  };
}

interface Posted {
  readonly status: number;
  readonly id: string | null;
}

async function stuckMessages(target: OmnichannelTarget, people: Array<{ email: string }>, posted: Posted[], smtp: OmnichannelTimingSmtp): Promise<object[]> {
  const ids = posted.flatMap((p, i) => (p.id && !smtp.acceptedAt.has(people[i].email) ? [p.id] : [])).slice(0, 3);
  return Promise.all(
    ids.map(async (id) => {
      const response = await fetch(`${target.baseUrl}/herald/v1/messages/${id}`, {
        headers: { authorization: bearerFor(target.key.serviceId, target.key.secret) },
      });
      const { status, attempts, route_plan: plan } = (await response.json()) as { status: string; attempts: object[]; route_plan: object[] };
      return { id, status, attempts, route_plan: plan };
    }),
  );
}

async function post(target: OmnichannelTarget, person: { phone: string; email: string }): Promise<Posted> {
  const response = await fetch(`${target.baseUrl}/herald/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: bearerFor(target.key.serviceId, target.key.secret) },
    body: JSON.stringify({
      template_set_id: target.templateSetId,
      recipient: { phone_number: person.phone, email_address: person.email },
      personalisation: { name: 'Jo Bloggs', date: 'Monday 3 March' },
      routing: { method: 'first_success', channels: ['sms', 'email'] },
    }),
  });
  const body = (await response.json()) as { id?: string };
  return { status: response.status, id: body.id ?? null };
}

/** `count` numbers of Ofcom's drama range, leaving out Notify's smoke-test numbers (answered, never sent). */
function dramaNumbers(count: number): string[] {
  const numbers: string[] = [];
  for (let i = 0; numbers.length < count; i++) {
    const digits = `447700900${String(i).padStart(3, '0')}`;
    if (!isSmokeTestPhoneNumber(digits)) numbers.push(`+${digits}`);
  }
  return numbers;
}
