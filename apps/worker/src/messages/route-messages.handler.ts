import { Injectable } from '@nestjs/common';
import { QUEUES, SCHEDULED_TASKS } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { MessageRoutingTick } from './message-routing-tick.service';

/** The routing tick (R-RT-1: the next attempt is made within one tick of the event). */
export const ROUTING_TICK_MS = 500;

/** Every half second: route the messages whose attempts changed or whose windows are due. */
@Injectable()
@HandlesJob(QUEUES.scheduledTasks, SCHEDULED_TASKS.routeMessages, { retry: { attempts: 1 }, repeat: { every: ROUTING_TICK_MS } })
export class RouteMessagesHandler implements JobHandler {
  constructor(private readonly tick: MessageRoutingTick) {}

  run(): Promise<number> {
    return this.tick.tick();
  }
}
