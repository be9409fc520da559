import { Injectable } from '@nestjs/common';
import { Clock } from '@herald/domain';
import { MessageRepository } from '@herald/persistence';
import { MessageRouter } from '@herald/sending';

const BATCH = 500;

/**
 * One tick of omnichannel routing: every message an attempt's status change told the outbox about
 * (a receipt, a bounce, a failure), and every message whose start or fallback window is due, is
 * routed; then those outbox events are deleted (route first: a crash in between routes again,
 * which changes nothing).
 */
@Injectable()
export class MessageRoutingTick {
  constructor(
    private readonly messages: MessageRepository,
    private readonly router: MessageRouter,
    private readonly clock: Clock,
  ) {}

  /** Returns how many messages it routed. */
  async tick(): Promise<number> {
    const now = this.clock.now();
    const [events, due] = await Promise.all([this.messages.oldestEvents(BATCH), this.messages.dueIds(now, BATCH)]);
    const ids = [...new Set([...events.map((e) => e.messageId), ...due])];
    for (const id of ids) await this.router.route(id, now);
    await this.messages.deleteEvents(events.map((e) => e.id));
    return ids.length;
  }
}
