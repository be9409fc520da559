import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { parseIsoDuration, type AttemptWithStatus, type Message, type MessageStatus, type RouteStep } from '@herald/domain';
import { MessageRepository } from '@herald/persistence';
import { attemptOutcome } from './attempt-outcome';
import { AttemptMaker, RoutingFacts } from './attempt-maker';
import { withLookedUpContact } from './looked-up-contact';
import { MessageLookup } from './message-lookup.service';
import { UndeliverableReporter } from './undeliverable-reporter';

const RETRIES_ON_CONFLICT = 3;
/** A look-up is one more read of the message: its pass, then routing from what it found. */
const PASSES = RETRIES_ON_CONFLICT + 1;

/**
 * Moves a message along its route (R-RT-1, R-RT-2): makes the attempts that are due, settles the
 * message when one is delivered or all have failed, and says when to look again (a fallback
 * window). Safe to run twice: attempts are unique per channel, and a change made from a stale read
 * is refused and made again from a fresh one.
 */
@Injectable()
export class MessageRouter {
  private readonly logger = new Logger(MessageRouter.name);

  constructor(
    private readonly messages: MessageRepository,
    private readonly attempts: AttemptMaker,
    private readonly lookups: MessageLookup,
    private readonly undeliverable: UndeliverableReporter,
  ) {}

  async route(messageId: string, now: Date): Promise<void> {
    for (let tries = 0; tries < PASSES; tries++) {
      const message = await this.messages.findForRouting(messageId);
      if (!message || isSettled(message.status)) return;
      if (needsLookup(message) && !isScheduledLater(message, now)) {
        // R-OO-2: asked when the message is first routed; after an unanswered try, not before its retry is due.
        if (message.lookupTries > 0 && message.nextCheckAt && message.nextCheckAt > now) return;
        await this.lookups.lookUp(message, now);
        continue;
      }
      if (await this.pass(message, now)) return;
    }
    this.logger.warn(`Message ${messageId} changed under ${RETRIES_ON_CONFLICT} routing passes in a row; the next tick routes it again`);
  }

  private async pass(stored: Message, now: Date): Promise<boolean> {
    if (isScheduledLater(stored, now)) {
      return this.messages.saveRouting(stored, { ...unchanged(stored), nextCheckAt: stored.scheduledFor, report: false }, now);
    }
    const message = withLookedUpContact(stored);
    const facts = await this.attempts.factsFor(message);
    const plan = [...message.routePlan];
    const attempts = await this.messages.attempts(message.id);
    const toReport = this.undeliverable.due(stored, plan, attempts);
    const made = attempts.some((a) => attemptOutcome(a.status) === 'delivered') ? 0 : await this.advance(message, plan, attempts, facts, now);
    const all = made ? await this.messages.attempts(message.id) : attempts;
    const status = statusOf(plan, all);
    const delivered = all.find((a) => attemptOutcome(a.status) === 'delivered');
    const settledPlan =
      status === 'routing' ? plan : plan.map((s) => (s.decision === 'pending' ? { ...s, decision: 'skipped' as const, reason: 'not_needed' as const } : s));
    const saved = await this.messages.saveRouting(
      message,
      {
        status,
        deliveredVia: delivered?.channel ?? null,
        routePlan: settledPlan,
        nextCheckAt: status === 'routing' ? nextCheck(message, settledPlan, all) : null,
        report: status !== message.status || made > 0,
      },
      now,
    );
    if (saved) await this.undeliverable.report(stored, toReport);
    return saved;
  }

  /** Makes the attempts now due; returns how many were made. `plan` is updated in place. */
  private async advance(message: Message, plan: RouteStep[], attempts: readonly AttemptWithStatus[], facts: RoutingFacts, now: Date): Promise<number> {
    let made = 0;
    for (;;) {
      const next = plan.findIndex((s) => s.decision === 'pending');
      if (next < 0 || (message.method === 'first_success' && !currentIsDone(message, plan, attempts, now))) return made;
      const step = await this.attempts.attempt(message, plan[next], facts, { id: randomUUID(), now });
      plan[next] = step;
      if (step.decision === 'attempted') made += 1;
      // A channel just tried is the current one: the loop stops unless it was skipped (R-PR-5).
      if (step.decision === 'attempted' && message.method === 'first_success') return made;
    }
  }
}

/** first_success: the next channel is due when there is no current attempt, it failed, or its window ended. */
function currentIsDone(message: Message, plan: readonly RouteStep[], attempts: readonly AttemptWithStatus[], now: Date): boolean {
  const current = [...plan].reverse().find((s) => s.decision === 'attempted');
  if (!current) return true;
  const attempt = attempts.find((a) => a.channel === current.channel);
  if (!attempt) return false;
  if (attemptOutcome(attempt.status) === 'failed') return true;
  const deadline = fallbackDeadline(message, attempt);
  return deadline !== null && deadline <= now;
}

function fallbackDeadline(message: Message, attempt: AttemptWithStatus): Date | null {
  const window = message.fallbackAfter[attempt.channel];
  const ms = window ? parseIsoDuration(window) : null;
  return ms === null ? null : new Date(attempt.createdAt.getTime() + ms);
}

function statusOf(plan: readonly RouteStep[], attempts: readonly AttemptWithStatus[]): MessageStatus {
  if (attempts.some((a) => attemptOutcome(a.status) === 'delivered')) return 'delivered';
  const pending = plan.some((s) => s.decision === 'pending');
  const open = attempts.some((a) => attemptOutcome(a.status) === 'open');
  if (pending || open) return 'routing';
  return 'failed';
}

/** When a fallback window of an open attempt ends, if a channel is still waiting for it. */
function nextCheck(message: Message, plan: readonly RouteStep[], attempts: readonly AttemptWithStatus[]): Date | null {
  if (!plan.some((s) => s.decision === 'pending')) return null;
  const deadlines = attempts
    .filter((a) => attemptOutcome(a.status) === 'open')
    .map((a) => fallbackDeadline(message, a))
    .filter((d): d is Date => d !== null);
  return deadlines.length ? new Date(Math.min(...deadlines.map((d) => d.getTime()))) : null;
}

function needsLookup(message: Message): boolean {
  return message.identifier !== null && message.lookedUp === null;
}

function isScheduledLater(message: Message, now: Date): boolean {
  return message.status === 'created' && message.scheduledFor !== null && message.scheduledFor > now;
}

function isSettled(status: MessageStatus): boolean {
  return status === 'delivered' || status === 'failed' || status === 'cancelled';
}

function unchanged(message: Message) {
  return { status: message.status, deliveredVia: message.deliveredVia, routePlan: message.routePlan };
}
