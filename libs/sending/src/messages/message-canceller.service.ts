import { Injectable } from '@nestjs/common';
import type { Message } from '@herald/domain';
import { MessageRepository } from '@herald/persistence';
import { attemptOutcome } from './attempt-outcome';

const RETRIES_ON_CONFLICT = 3;

/**
 * R-API-5: cancels every attempt of a message not yet handed to a provider, and every channel
 * still waiting its turn, so no fallback is ever made for it. An attempt already with a provider
 * goes on (a letter at the printer is not recalled); if it is delivered the message still says so.
 */
@Injectable()
export class MessageCanceller {
  constructor(private readonly messages: MessageRepository) {}

  /** Returns the ids of the attempts cancelled. */
  async cancelPending(message: Message, now: Date): Promise<string[]> {
    const cancelled = await this.messages.cancelUnsentAttempts(message.serviceId, message.id, now);
    for (let tries = 0; tries < RETRIES_ON_CONFLICT; tries++) {
      const current = await this.messages.findById(message.serviceId, message.id);
      if (!current || current.status === 'delivered' || current.status === 'failed' || current.status === 'cancelled') break;
      const routePlan = current.routePlan.map((s) => (s.decision === 'pending' ? { ...s, decision: 'skipped' as const, reason: 'cancelled' as const } : s));
      const open = (await this.messages.attempts(current.id)).some((a) => attemptOutcome(a.status) === 'open');
      const change = { status: open ? current.status : ('cancelled' as const), deliveredVia: null, routePlan, nextCheckAt: null, report: true };
      if (await this.messages.saveRouting(current, change, now)) break;
    }
    return cancelled;
  }
}
