import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { RedisOutageReporter } from '@herald/redis';
import { QUEUES } from './queue-registry';

/**
 * Without an `error` listener BullMQ prints every failed reconnection, with its stack, to the
 * console. Each queue gets one as soon as it exists, which hands its errors to the process's
 * RedisOutageReporter: an outage is one line when it starts and one when it ends. A queue added
 * to QUEUES is added here too.
 */
@Injectable()
export class QueueErrorReporter {
  constructor(
    @InjectConfig() config: HeraldConfig,
    @InjectQueue(QUEUES.sendEmail) sendEmail: Queue,
    @InjectQueue(QUEUES.sendSms) sendSms: Queue,
    @InjectQueue(QUEUES.sendLetter) sendLetter: Queue,
    @InjectQueue(QUEUES.scheduledTasks) scheduledTasks: Queue,
    @InjectQueue(QUEUES.serviceCallbacks) serviceCallbacks: Queue,
    @InjectQueue(QUEUES.processJob) processJob: Queue,
  ) {
    const reporter = RedisOutageReporter.for(config.redisUrl);
    for (const queue of [sendEmail, sendSms, sendLetter, scheduledTasks, serviceCallbacks, processJob]) reporter.watch(queue);
  }
}
