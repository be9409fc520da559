import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@herald/queue';
import { assertEveryQueueConsumed } from './queue-consumers.check';
import { PROCESSORS } from './worker.module';

@Processor(QUEUES.sendEmail)
class SecondEmailProcessor extends WorkerHost {
  async process(): Promise<void> {}
}

@Processor('nobody-knows-me')
class StrayProcessor extends WorkerHost {
  async process(): Promise<void> {}
}

describe('the worker start-up check of queues', () => {
  it('passes for the worker’s own processors', () => {
    expect(() => assertEveryQueueConsumed(PROCESSORS)).not.toThrow();
  });

  it('refuses a queue without a processor', () => {
    expect(() => assertEveryQueueConsumed(PROCESSORS.slice(1))).toThrow(/has 0 processors/);
  });

  it('refuses a queue with two processors', () => {
    expect(() => assertEveryQueueConsumed([...PROCESSORS, SecondEmailProcessor])).toThrow(/has 2 processors/);
  });

  it('refuses a processor for a queue outside the registry', () => {
    expect(() => assertEveryQueueConsumed([...PROCESSORS, StrayProcessor])).toThrow(/outside the registry: nobody-knows-me/);
  });
});
